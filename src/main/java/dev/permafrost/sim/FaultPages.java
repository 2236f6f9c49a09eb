package dev.permafrost.sim;

/** The answers of the faults that replace a response: Mastodon's JSON 5xx, a proxy's page, an HTML page. */
final class FaultPages {
    private FaultPages() {
    }

    static SimResponse answer(Fault fault) {
        return switch (fault.kind()) {
            case SERVER_ERROR -> SimResponse.error(fault.status(), fault.status() == 503
                    ? "The page could not be served due to a temporary server failure."
                    : "We're sorry, but something went wrong on our end.");
            case PROXY_ERROR -> SimResponse.html(fault.status(), "<html>\r\n<head><title>" + fault.status() + " " + reason(fault.status())
                    + "</title></head>\r\n<body>\r\n<center><h1>" + fault.status() + " " + reason(fault.status())
                    + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
            case HTML_PAGE -> SimResponse.html(fault.status(), "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Down for maintenance</title></head><body><h1>We'll be back soon</h1>"
                    + "<p>This server is down for scheduled maintenance.</p></body></html>\n");
            default -> throw new IllegalArgumentException("fault " + fault.kind() + " does not replace a response");
        };
    }

    private static String reason(int status) {
        return switch (status) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Temporarily Unavailable";
            case 504 -> "Gateway Time-out";
            default -> "Error";
        };
    }
}
