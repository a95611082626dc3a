package io.loyaltyclub.testkit;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * A checkout activity that runs last (order 9000) and fails when a test asks it to, the way a tax, inventory or
 * fulfilment step of a real shop can fail after payments were confirmed and points earned.
 */
public class FailingCheckoutActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private static volatile boolean failing;

    /** Makes every checkout fail at the end until {@link #succeed()} is called. */
    public static void fail() {
        failing = true;
    }

    public static void succeed() {
        failing = false;
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        if (failing) {
            throw new IllegalStateException("A later checkout step failed (test)");
        }
        return context;
    }
}
