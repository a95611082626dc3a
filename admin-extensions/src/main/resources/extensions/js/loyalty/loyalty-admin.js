/*
 * The Loyalty module's buttons in the action bars of Broadleaf admin screens (LoyaltyPageButton): the "Loyalty"
 * button of a customer (CustomerLoyaltyButton) and the "Cancel / return" button of an order (OrderReturnsButton).
 * Each button carries the class loyalty-page-link and, in data-action, the path of its page below the current
 * section (like /42/loyalty or /42/returns); a click opens that page, e.g. /admin/customer/42/loyalty.
 */
$(document).ready(function() {
    var loyaltySection = function() {
        var key = $.trim($('#sectionKey').text());
        if (key) {
            return key;
        }
        // The section is the first part of the path after the admin's servlet context: /admin/order/42 -> order.
        var path = window.location.pathname.substring(BLC.servletContext.length).split('/');
        return path.length > 1 ? path[1] : '';
    };

    $('body').on('click', 'button.loyalty-page-link', function(event) {
        window.location.href = BLC.servletContext + '/' + loyaltySection() + $(this).data('action');
        event.preventDefault();
    });
});
