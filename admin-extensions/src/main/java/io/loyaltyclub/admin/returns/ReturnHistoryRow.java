package io.loyaltyclub.admin.returns;

import java.util.List;

/** A cancellation or return recorded before, as the order's returns page lists it. */
public final class ReturnHistoryRow {

    private final String when;
    private final String kind;
    private final String adminUser;
    private final String note;
    private final List<String> lines;
    private final long pointsTakenBack;
    private final long pointsGivenBack;

    public ReturnHistoryRow(String when, String kind, String adminUser, String note, List<String> lines,
                            long pointsTakenBack, long pointsGivenBack) {
        this.when = when;
        this.kind = kind;
        this.adminUser = adminUser;
        this.note = note;
        this.lines = lines;
        this.pointsTakenBack = pointsTakenBack;
        this.pointsGivenBack = pointsGivenBack;
    }

    public String getWhen() {
        return when;
    }

    /** CANCELLATION or RETURN. */
    public String getKind() {
        return kind;
    }

    public String getAdminUser() {
        return adminUser;
    }

    public String getNote() {
        return note;
    }

    /** "2 × Lamp" per line that came back. */
    public List<String> getLines() {
        return lines;
    }

    public long getPointsTakenBack() {
        return pointsTakenBack;
    }

    public long getPointsGivenBack() {
        return pointsGivenBack;
    }
}
