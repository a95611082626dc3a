package io.loyaltyclub.admin.returns;

/** An admin's end of an order's return window, as the order's returns page shows it. */
public final class ReturnWindowRow {

    private final String when;
    private final String adminUser;
    private final String note;
    private final long pointsMadeAvailable;

    public ReturnWindowRow(String when, String adminUser, String note, long pointsMadeAvailable) {
        this.when = when;
        this.adminUser = adminUser;
        this.note = note;
        this.pointsMadeAvailable = pointsMadeAvailable;
    }

    public String getWhen() {
        return when;
    }

    public String getAdminUser() {
        return adminUser;
    }

    public String getNote() {
        return note;
    }

    /** The order's pending points that became available then. */
    public long getPointsMadeAvailable() {
        return pointsMadeAvailable;
    }
}
