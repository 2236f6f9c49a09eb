package dev.permafrost.client.http;

import dev.permafrost.client.CancelledException;
import dev.permafrost.client.MastodonException.ErrorContext;
import dev.permafrost.client.NetworkException;
import dev.permafrost.client.ratelimit.Ticker;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries what is worth retrying: 5xx answers (but 501), connection failures and timeouts, and
 * 2xx answers that should be JSON but are not (an HTML page from a proxy, a truncated body).
 * Only requests that are safe to repeat are retried ({@link ApiRequest#isRetryable()}). When the
 * attempts are spent, the last answer is returned (or the last network error thrown) for the
 * caller to report.
 */
public final class RetryInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);

    private final RetryPolicy policy;
    private final Ticker ticker;

    public RetryInterceptor(RetryPolicy policy, Ticker ticker) {
        this.policy = policy;
        this.ticker = ticker;
    }

    @Override
    public ApiResponse intercept(Chain chain) {
        ApiRequest request = chain.request();
        int attempts = request.isRetryable() ? policy.maxAttempts() : 1;
        for (int attempt = 1; ; attempt++) {
            String problem;
            try {
                ApiResponse response = chain.proceed(request);
                problem = problem(response);
                if (problem == null || attempt >= attempts) {
                    return response;
                }
            } catch (NetworkException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                problem = e.getMessage();
            }
            Duration delay = policy.delayAfter(attempt);
            LOG.info("Attempt {} of {} for {} {} failed ({}); retrying in {} ms", attempt, attempts, request.method(),
                    Redactor.url(request.uri()), problem, delay.toMillis());
            pause(request, delay);
        }
    }

    /** Why an answer should be retried, or null when it should not. */
    private static String problem(ApiResponse response) {
        int status = response.status();
        if (status >= 500 && status != 501 && status != 505) {
            return "HTTP " + status;
        }
        if (response.isSuccessful() && response.request().expectsJson() && status != 204) {
            return ErrorMapper.jsonProblem(response);
        }
        return null;
    }

    private void pause(ApiRequest request, Duration delay) {
        try {
            ticker.sleep(delay.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("Interrupted while waiting to retry.",
                    ErrorContext.request(request.method(), Redactor.url(request.uri())), e);
        }
    }
}
