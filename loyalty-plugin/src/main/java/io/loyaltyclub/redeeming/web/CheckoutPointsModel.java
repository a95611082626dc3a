package io.loyaltyclub.redeeming.web;

import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.redeeming.service.PointsAtCheckout;
import io.loyaltyclub.redeeming.service.PointsPaymentService;
import org.broadleafcommerce.common.extension.AbstractExtensionHandler;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.controller.checkout.BroadleafCheckoutControllerExtensionHandler;
import org.broadleafcommerce.core.web.controller.checkout.BroadleafCheckoutControllerExtensionManager;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Puts {@code loyaltyPoints} (a {@link CheckoutPointsView}) into the model of every checkout page a Broadleaf
 * checkout controller renders, for members of the club; the page shows it with the
 * {@code loyalty/partials/checkoutPoints :: panel} fragment.
 */
@Component("loyaltyCheckoutPointsModel")
public class CheckoutPointsModel extends AbstractExtensionHandler implements BroadleafCheckoutControllerExtensionHandler {

    public static final String ATTRIBUTE = "loyaltyPoints";

    @Resource(name = "blCheckoutControllerExtensionManager")
    protected BroadleafCheckoutControllerExtensionManager extensionManager;

    @Resource(name = "loyaltyPointsPaymentService")
    protected PointsPaymentService pointsPayments;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @PostConstruct
    public void init() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType addAdditionalModelVariables(Model model) {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl || cart.getId() == null) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        PointsAtCheckout points = pointsPayments.describe(cart, CustomerState.getCustomer());
        if (points == null) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        model.addAttribute(ATTRIBUTE, new CheckoutPointsView(cart.getId(), points,
                ShopperFormats.ofRequest(programmes.findProgramme().toRules().zone())));
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    @Override
    public ExtensionResultStatusType performAdditionalShippingAction() {
        return ExtensionResultStatusType.NOT_HANDLED;
    }
}
