package dev.permafrost.client.http;

/**
 * One step of the client's request pipeline (auth, rate limiting, retries, logging), in the
 * manner of OkHttp: it may change the request, call {@link Chain#proceed} zero or more times, and
 * change or replace the answer.
 */
@FunctionalInterface
public interface Interceptor {

    ApiResponse intercept(Chain chain);

    /** The rest of the pipeline, as seen from one interceptor. */
    interface Chain {
        ApiRequest request();

        /** Sends the request through the remaining interceptors and the transport. */
        ApiResponse proceed(ApiRequest request);
    }
}
