package dev.permafrost.client.http;

/**
 * Logs each exchange (method, redacted URL, status, size, time) and, when wanted, its headers,
 * with secrets redacted: the Authorization header, cookies, and secret query parameters.
 */
public final class LoggingInterceptor implements Interceptor {
    private final HttpLogger logger;

    public LoggingInterceptor(HttpLogger logger) {
        this.logger = logger;
    }

    @Override
    public ApiResponse intercept(Chain chain) {
        ApiRequest request = chain.request();
        if (!logger.logsExchanges()) {
            return chain.proceed(request);
        }
        long started = System.nanoTime();
        if (logger.logsHeaders()) {
            request.headers().forEach((name, value) -> logger.log("> " + name + ": " + Redactor.header(name, value)));
        }
        try {
            ApiResponse response = chain.proceed(request);
            logger.log(request.method() + " " + Redactor.url(request.uri()) + " -> " + response.status() + " ("
                    + response.body().length + " bytes, " + (System.nanoTime() - started) / 1_000_000 + " ms)");
            if (logger.logsHeaders()) {
                response.headers().forEach((name, values) ->
                        values.forEach(value -> logger.log("< " + name + ": " + Redactor.header(name, value))));
            }
            return response;
        } catch (RuntimeException e) {
            logger.log(request.method() + " " + Redactor.url(request.uri()) + " -> failed: " + Redactor.text(e.getMessage()));
            throw e;
        }
    }
}
