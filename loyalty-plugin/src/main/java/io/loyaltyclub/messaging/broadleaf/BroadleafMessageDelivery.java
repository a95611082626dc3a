package io.loyaltyclub.messaging.broadleaf;

import io.loyaltyclub.messaging.domain.MessageType;
import io.loyaltyclub.messaging.domain.TextDirection;
import io.loyaltyclub.messaging.service.MessageDelivery;
import io.loyaltyclub.messaging.service.OutgoingMessage;
import io.loyaltyclub.platform.web.ShopperFormats;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Resource;

/**
 * Writes a member message with Broadleaf's e-mail machinery: an {@link EmailInfo} naming the template
 * {@code emailTemplates/loyalty/<type>.html}, sent by the club's own Broadleaf EmailServiceImpl (which records the mail
 * in BLC_EMAIL_TRACKING) through {@link MemberMessageCreator} and {@code blMailSender}, so the shop's SMTP settings are
 * Broadleaf's. The language is the customer's Broadleaf locale, else the shop's default; the subject and every text
 * come from the club's message bundle in that language.
 *
 * <p>Bean {@code loyaltyMessageDelivery} of bl-loyalty-applicationContext.xml, whose e-mail service and message
 * creator are inner beans: they are no second EmailService or MessageCreator for a site's autowiring by type.
 */
public class BroadleafMessageDelivery implements MessageDelivery {

    protected EmailService emailService;

    @Resource(name = "messageSource")
    protected MessageSource texts;

    @Resource(name = "blCustomerService")
    protected CustomerService customers;

    @Resource(name = "blLocaleService")
    protected LocaleService locales;

    @Resource(name = "blCurrencyService")
    protected BroadleafCurrencyService currencies;

    @Resource(name = "loyaltyShopperOffers")
    protected ShopperOffers offers;

    /** The club's own e-mail service (an inner bean in bl-loyalty-applicationContext.xml). */
    public void setEmailService(EmailService emailService) {
        this.emailService = emailService;
    }

    @Override
    public Delivered deliver(OutgoingMessage message) {
        Customer customer = customers.readCustomerById(message.getCustomerId());
        if (customer == null || customer.getEmailAddress() == null || customer.getEmailAddress().trim().isEmpty()) {
            throw new UndeliverableException("The customer has no e-mail address.");
        }
        String localeCode = localeCode(customer);
        Locale locale = javaLocale(localeCode);
        ShopperFormats formats = new ShopperFormats(locale, currency(), message.getZone());
        String shop = message.getShopUrl().endsWith("/")
                ? message.getShopUrl().substring(0, message.getShopUrl().length() - 1) : message.getShopUrl();

        Map<String, Object> props = new HashMap<String, Object>();
        props.put(MemberMessageCreator.LOCALE, locale);
        props.put("lang", TextDirection.languageTag(locale));
        props.put("dir", TextDirection.of(locale));
        props.put("firstName", customer.getFirstName() == null ? "" : customer.getFirstName().trim());
        props.put("points", formats.points(message.getPoints()));
        props.put("day", message.getOccasion() == null ? "" : formats.date(message.getOccasion()));
        props.put("tierName", message.getTierName() == null ? "" : message.getTierName());
        props.put("pointsToKeep", formats.points(message.getPointsToKeep()));
        props.put("amountToKeep", message.getAmountToKeep() == null ? "" : formats.money(message.getAmountToKeep()));
        props.put("byAmount", message.getAmountToKeep() != null);
        props.put("shopUrl", shop + "/");
        props.put("clubUrl", shop + "/loyalty");
        props.put("accountUrl", shop + "/account/loyalty");
        props.put("offers", message.isOffers() ? offered(message, formats, shop) : new ArrayList<OfferedProduct>());

        String subject = texts.getMessage("loyalty.mail." + message.getType().getTemplate() + ".subject",
                new Object[] {props.get("points"), props.get("tierName"), props.get("day")}, locale);
        props.put("subject", subject);
        EmailInfo info = new EmailInfo();
        info.setEmailType("LOYALTY_" + message.getType().name());
        info.setEmailTemplate("loyalty/" + message.getType().getTemplate());
        info.setSubject(subject);
        info.setFromAddress(message.getFromAddress());
        info.setEncoding("UTF-8");
        emailService.sendTemplateEmail(customer.getEmailAddress().trim(), info, props);
        return new Delivered(customer.getEmailAddress().trim(), localeCode, subject);
    }

    /** The templates of every message type, for checks. */
    public static List<String> templates() {
        List<String> templates = new ArrayList<String>();
        for (MessageType type : MessageType.values()) {
            templates.add("loyalty/" + type.getTemplate());
        }
        return templates;
    }

    private List<OfferedProduct> offered(OutgoingMessage message, ShopperFormats formats, String shop) {
        List<OfferedProduct> offered = new ArrayList<OfferedProduct>();
        for (Product product : offers.forCustomer(message.getCustomerId(), message.getOffersPerMessage())) {
            Money price = product.getDefaultSku().getPrice();
            String url = product.getUrl() == null ? shop + "/" : shop + (product.getUrl().startsWith("/") ? "" : "/")
                    + product.getUrl();
            offered.add(new OfferedProduct(product.getName(), price == null ? "" : formats.money(price.getAmount()), url));
        }
        return offered;
    }

    private String localeCode(Customer customer) {
        if (customer.getCustomerLocale() != null && customer.getCustomerLocale().getLocaleCode() != null) {
            return customer.getCustomerLocale().getLocaleCode();
        }
        org.broadleafcommerce.common.locale.domain.Locale shopDefault = locales.findDefaultLocale();
        return shopDefault == null || shopDefault.getLocaleCode() == null ? "en_US" : shopDefault.getLocaleCode();
    }

    static Locale javaLocale(String code) {
        String[] parts = code.split("[_-]");
        return parts.length > 1 ? new Locale(parts[0], parts[1]) : new Locale(parts[0]);
    }

    private Currency currency() {
        BroadleafCurrency currency = currencies.findDefaultBroadleafCurrency();
        return currency == null || currency.getCurrencyCode() == null ? Currency.getInstance("USD")
                : Currency.getInstance(currency.getCurrencyCode());
    }
}
