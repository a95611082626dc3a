/*
 * The "Loyalty" button of a customer's screen in the Broadleaf admin (added by CustomerLoyaltyButton):
 * opens the customer's loyalty panel, /customer/{id}/loyalty, within the customer's section.
 */
$(document).ready(function() {
    $('body').on('click', 'button.loyalty-customer-panel', function(event) {
        var section = $.trim($('#sectionKey').text()) || 'customer';
        window.location.href = BLC.servletContext + '/' + section + $(this).data('action');
        event.preventDefault();
    });
});
