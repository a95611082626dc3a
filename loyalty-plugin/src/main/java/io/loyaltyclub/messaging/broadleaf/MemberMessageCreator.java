package io.loyaltyclub.messaging.broadleaf;

import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.email.service.message.MessageCreator;
import org.springframework.mail.javamail.JavaMailSender;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.util.Locale;
import java.util.Map;

/**
 * Broadleaf's Thymeleaf message creator for messages written off a request: the body is processed by Broadleaf's
 * e-mail template engine ({@code blEmailTemplateEngine}: templates under {@code emailTemplates/}, texts from the
 * merged {@code messageSource}) in the member's language, given as the {@link #LOCALE} property, where Broadleaf's
 * own {@code ThymeleafMessageCreator} takes the language of the current request. Sent through {@code blMailSender}.
 */
public class MemberMessageCreator extends MessageCreator {

    /** The property holding the {@link Locale} to write in. */
    public static final String LOCALE = "locale";

    private final TemplateEngine templateEngine;

    public MemberMessageCreator(TemplateEngine templateEngine, JavaMailSender mailSender) {
        super(mailSender);
        this.templateEngine = templateEngine;
    }

    @Override
    public String buildMessageBody(EmailInfo info, Map<String, Object> props) {
        Context context = new Context();
        Object locale = props.get(LOCALE);
        if (locale instanceof Locale) {
            context.setLocale((Locale) locale);
        }
        for (Map.Entry<String, Object> property : props.entrySet()) {
            context.setVariable(property.getKey(), property.getValue());
        }
        return templateEngine.process(info.getEmailTemplate(), context);
    }
}
