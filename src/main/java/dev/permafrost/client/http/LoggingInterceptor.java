package dev.permafrost.client.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each exchange at DEBUG (method, redacted URL, status, size, time) and its headers at
 * TRACE, secrets redacted: the Authorization header, cookies, and secret query parameters.
 */
public final class LoggingInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger("dev.permafrost.client.http");

    @Override
    public ApiResponse intercept(Chain chain) {
        ApiRequest request = chain.request();
        if (!LOG.isDebugEnabled()) {
            return chain.proceed(request);
        }
        long started = System.nanoTime();
        if (LOG.isTraceEnabled()) {
            request.headers().forEach((name, value) -> LOG.trace("> {}: {}", name, Redactor.header(name, value)));
        }
        try {
            ApiResponse response = chain.proceed(request);
            LOG.debug("{} {} -> {} ({} bytes, {} ms)", request.method(), Redactor.url(request.uri()), response.status(),
                    response.body().length, (System.nanoTime() - started) / 1_000_000);
            if (LOG.isTraceEnabled()) {
                response.headers().forEach((name, values) ->
                        values.forEach(value -> LOG.trace("< {}: {}", name, Redactor.header(name, value))));
            }
            return response;
        } catch (RuntimeException e) {
            LOG.debug("{} {} -> failed: {}", request.method(), Redactor.url(request.uri()), Redactor.text(e.getMessage()));
            throw e;
        }
    }
}
