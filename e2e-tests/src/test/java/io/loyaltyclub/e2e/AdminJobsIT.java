package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

/** Loyalty > Jobs in Broadleaf's admin, over HTTP: the jobs with their last runs, and Run now, once per form. */
class AdminJobsIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void an_admin_sees_the_jobs_and_runs_one_now_once_per_form() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        assertThat(admin.get(shop.adminUrl("/loginSuccess")).body()).contains("/admin/loyalty-jobs");

        Page jobs = admin.get(shop.adminUrl("/loyalty-jobs"));
        assertThat(jobs.status()).isEqualTo(200);
        assertThat(jobs.body()).contains("data-job=\"points-settlement\"").contains("data-job=\"missed-order-points\"")
                .contains("Run now").contains("This node (");
        String row = jobs.find("(<tr class=\"loyalty-job\" data-job=\"points-settlement\".*?</tr>)");
        String token = new Page(200, "", row).find("name=\"formToken\" value=\"([^\"]+)\"");
        String csrf = jobs.csrfToken();

        Page ran = admin.post(shop.adminUrl("/loyalty-jobs/points-settlement/run"), "formToken", token, "csrfToken", csrf);
        assertThat(ran.url()).endsWith("/loyalty-jobs");
        assertThat(ran.body()).contains("Ran points-settlement: ");
        String after = ran.find("(<tr class=\"loyalty-job\" data-job=\"points-settlement\".*?</tr>)");
        assertThat(after).contains("state-DONE").contains("Free").containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

        Page twice = admin.post(shop.adminUrl("/loyalty-jobs/points-settlement/run"), "formToken", token,
                "csrfToken", csrf);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("This form was already sent (a double click or a reload), so the job was "
                + "not started again.");
    }

    @Test
    void a_customer_service_rep_may_neither_see_nor_run_the_jobs() {
        WebSession csr = Admin.signedIn(shop, "csr", "csr");

        Page jobs = csr.get(shop.adminUrl("/loyalty-jobs"));
        assertThat(jobs.status()).isEqualTo(403);
        assertThat(jobs.body()).contains("You may not see the loyalty club&#39;s jobs.").doesNotContain("data-job=");
        String csrf = csr.get(shop.adminUrl("/customer/" + Admin.customerId(shop, csr, "alice@example.com")))
                .csrfToken();
        Page run = csr.post(shop.adminUrl("/loyalty-jobs/points-settlement/run"), "formToken",
                "0e8f2a4c-1b2d-4c3e-9f00-123456789abc", "csrfToken", csrf);
        assertThat(run.status()).isEqualTo(403);
        assertThat(run.body()).contains("You may not see the loyalty club&#39;s jobs.");
    }
}
