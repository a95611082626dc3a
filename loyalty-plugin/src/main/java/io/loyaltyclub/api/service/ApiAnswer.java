package io.loyaltyclub.api.service;

/** An answer of the API: HTTP status and JSON body. */
public final class ApiAnswer {

    private final int status;
    private final String body;

    public ApiAnswer(int status, String body) {
        this.status = status;
        this.body = body;
    }

    public int getStatus() {
        return status;
    }

    public String getBody() {
        return body;
    }
}
