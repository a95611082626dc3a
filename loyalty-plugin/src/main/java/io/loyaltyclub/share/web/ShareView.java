package io.loyaltyclub.share.web;

/** The share part of a product page for the shopper looking at it. */
public final class ShareView {

    private final boolean guest;
    private final boolean member;
    private final String link;
    private final long visits;
    private final long points;
    private final Object notice;

    ShareView(boolean guest, boolean member, String link, long visits, long points, Object notice) {
        this.guest = guest;
        this.member = member;
        this.link = link;
        this.visits = visits;
        this.points = points;
        this.notice = notice;
    }

    /** The message key of what the share button's last post said, or null. */
    public Object getNotice() {
        return notice;
    }

    public boolean isGuest() {
        return guest;
    }

    /** An active member: may share. */
    public boolean isMember() {
        return member;
    }

    /** The member's link to this product, or null before they shared it. */
    public String getLink() {
        return link;
    }

    public long getVisits() {
        return visits;
    }

    /** What a visitor the link brings earns the member (0 when the shop does not reward sharing). */
    public long getPoints() {
        return points;
    }
}
