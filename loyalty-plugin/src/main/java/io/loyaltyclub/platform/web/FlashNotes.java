package io.loyaltyclub.platform.web;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.Map;
import javax.servlet.http.HttpServletRequest;

/**
 * What a club form's post left for the page it redirected to (Spring's flash attributes). Broadleaf's product and
 * category pages are not {@code @RequestMapping} handlers, so Spring does not put flash attributes into their model:
 * the club's fragments on such pages read them here.
 */
public final class FlashNotes {

    private FlashNotes() {
    }

    /** The flash attribute of the current storefront request, or null. */
    public static Object get(String name) {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        HttpServletRequest request = context == null ? null : context.getRequest();
        if (request == null) {
            return null;
        }
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        Object value = flash == null ? null : flash.get(name);
        return value != null ? value : request.getAttribute(name);
    }
}
