package io.loyaltyclub.demo.site;

import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * {@code ${#shop...}} in the storefront's templates: the page's language and direction and the language
 * switcher. Registered in Broadleaf's blVariableExpressions, so it also works on Broadleaf's catalogue pages.
 */
public class ShopExpression implements BroadleafVariableExpression {

    /** Languages written right to left. */
    static final Set<String> RTL_LANGUAGES = Collections.unmodifiableSet(
            new HashSet<String>(Arrays.asList("he", "iw", "fa", "ar", "ur")));

    private static final Properties WEBJARS = webjarVersions();

    @Resource(name = "blLocaleService")
    protected LocaleService localeService;

    /** The Bootstrap stylesheet for the page's direction. */
    public String getBootstrapCss() {
        return "/webjars/bootstrap/" + WEBJARS.getProperty("bootstrap") + "/css/bootstrap" + (isRtl() ? ".rtl" : "")
                + ".min.css";
    }

    public String getBootstrapJs() {
        return "/webjars/bootstrap/" + WEBJARS.getProperty("bootstrap") + "/js/bootstrap.bundle.min.js";
    }

    public String getIconsCss() {
        return "/webjars/bootstrap-icons/" + WEBJARS.getProperty("bootstrap-icons") + "/font/bootstrap-icons.min.css";
    }

    private static Properties webjarVersions() {
        Properties versions = new Properties();
        try (InputStream in = ShopExpression.class.getResourceAsStream("webjars.properties")) {
            versions.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("webjars.properties is missing from the demo-site jar", e);
        }
        return versions;
    }

    @Override
    public String getName() {
        return "shop";
    }

    /** The language of the page, as an HTML {@code lang} value ("en", "he", "fa", "lv"). */
    public String getLanguage() {
        java.util.Locale locale = currentLocale();
        String language = locale.getLanguage();
        return "iw".equals(language) ? "he" : language;
    }

    public boolean isRtl() {
        return RTL_LANGUAGES.contains(currentLocale().getLanguage());
    }

    /** "rtl" or "ltr", for the {@code dir} attribute. */
    public String getDirection() {
        return isRtl() ? "rtl" : "ltr";
    }

    /** The store's languages, in the order an admin created them, for the language switcher. */
    public List<Language> getLanguages() {
        String current = currentCode();
        List<Language> languages = new ArrayList<Language>();
        for (Locale locale : localeService.findAllLocales()) {
            languages.add(new Language(locale.getLocaleCode(), locale.getFriendlyName(),
                    locale.getLocaleCode().equals(current), switchUrl(locale.getLocaleCode())));
        }
        return languages;
    }

    private String currentCode() {
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        return brc != null && brc.getLocale() != null ? brc.getLocale().getLocaleCode() : null;
    }

    private static java.util.Locale currentLocale() {
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        if (brc != null && brc.getJavaLocale() != null) {
            return brc.getJavaLocale();
        }
        return java.util.Locale.ENGLISH;
    }

    /** The current page in another language: same path and parameters, with Broadleaf's blLocaleCode. */
    private static String switchUrl(String localeCode) {
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        HttpServletRequest request = brc == null ? null : brc.getRequest();
        if (request == null) {
            return "/?blLocaleCode=" + localeCode;
        }
        StringBuilder url = new StringBuilder(request.getContextPath());
        String path = brc.getRequestURIWithoutContext();
        url.append(path == null || path.isEmpty() ? "/" : path).append("?blLocaleCode=").append(localeCode);
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!"blLocaleCode".equals(parameter.getKey()) && !"csrfToken".equals(parameter.getKey())) {
                for (String value : parameter.getValue()) {
                    url.append('&').append(encode(parameter.getKey())).append('=').append(encode(value));
                }
            }
        }
        return url.toString();
    }

    private static String encode(String s) {
        try {
            return java.net.URLEncoder.encode(s, "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One entry of the language switcher. */
    public static final class Language {
        private final String code;
        private final String name;
        private final boolean current;
        private final String url;

        Language(String code, String name, boolean current, String url) {
            this.code = code;
            this.name = name;
            this.current = current;
            this.url = url;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public boolean isCurrent() {
            return current;
        }

        public String getUrl() {
            return url;
        }
    }
}
