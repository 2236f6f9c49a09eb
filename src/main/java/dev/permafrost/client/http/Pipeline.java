package dev.permafrost.client.http;

import java.util.List;
import java.util.function.Function;

/** Runs a request through a list of interceptors and then a terminal step (the transport). */
public final class Pipeline {
    private final List<Interceptor> interceptors;
    private final Function<ApiRequest, ApiResponse> terminal;

    public Pipeline(List<Interceptor> interceptors, Function<ApiRequest, ApiResponse> terminal) {
        this.interceptors = List.copyOf(interceptors);
        this.terminal = terminal;
    }

    public ApiResponse execute(ApiRequest request) {
        return new Step(0, request).proceed(request);
    }

    private final class Step implements Interceptor.Chain {
        private final int index;
        private final ApiRequest request;

        Step(int index, ApiRequest request) {
            this.index = index;
            this.request = request;
        }

        @Override
        public ApiRequest request() {
            return request;
        }

        @Override
        public ApiResponse proceed(ApiRequest next) {
            if (index == interceptors.size()) {
                return terminal.apply(next);
            }
            return interceptors.get(index).intercept(new Step(index + 1, next));
        }
    }
}
