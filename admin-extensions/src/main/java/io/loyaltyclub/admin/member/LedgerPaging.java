package io.loyaltyclub.admin.member;

/** Which page of a member's ledger the panel shows (pages counted from 1, newest entries on page 1). */
public final class LedgerPaging {

    /** Entries per page. */
    public static final int PAGE_SIZE = 20;

    private final int page;
    private final long totalEntries;

    private LedgerPaging(int page, long totalEntries) {
        this.page = page;
        this.totalEntries = totalEntries;
    }

    /** The page asked for, moved into the pages there are (a page past the end shows the last one). */
    public static LedgerPaging of(int requested, long totalEntries) {
        int pages = pages(totalEntries);
        return new LedgerPaging(Math.max(1, Math.min(requested, pages)), totalEntries);
    }

    private static int pages(long totalEntries) {
        return (int) Math.max(1, (totalEntries + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int getPage() {
        return page;
    }

    /** The page as the ledger service counts it (from 0). */
    int zeroBased() {
        return page - 1;
    }

    public int getPages() {
        return pages(totalEntries);
    }

    public long getTotalEntries() {
        return totalEntries;
    }

    /** The number of the first entry on this page (1 for the newest), or 0 when there are none. */
    public long getFirst() {
        return totalEntries == 0 ? 0 : (long) (page - 1) * PAGE_SIZE + 1;
    }

    public long getLast() {
        return Math.min(totalEntries, (long) page * PAGE_SIZE);
    }

    public boolean hasNewer() {
        return page > 1;
    }

    public boolean hasOlder() {
        return page < getPages();
    }
}
