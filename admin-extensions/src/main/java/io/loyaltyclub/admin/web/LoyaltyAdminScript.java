package io.loyaltyclub.admin.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.resource.service.ResourceBundlingService;
import org.broadleafcommerce.common.resource.service.ResourceBundlingServiceImpl;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Adds the script of the Loyalty module's action bar buttons (the customer's "Loyalty", the order's "Cancel /
 * return"; {@code extensions/js/loyalty/loyalty-admin.js}, served from Broadleaf's {@code classpath:/extensions/js/}
 * location for modules) to the admin's {@code admin.js} bundle. Broadleaf 3.1 takes extra bundle files from {@code blResourceBundlingService}'s
 * {@code additionalBundleFiles}; this adds ours to whatever the site configured there, instead of replacing it.
 */
@Component("loyaltyAdminScript")
public class LoyaltyAdminScript {

    private static final Log LOG = LogFactory.getLog(LoyaltyAdminScript.class);

    static final String BUNDLE = "admin.js";
    static final String FILE = "loyalty/loyalty-admin.js";

    @Resource(name = "blResourceBundlingService")
    protected ResourceBundlingService bundling;

    @PostConstruct
    public void addToAdminBundle() {
        if (!(bundling instanceof ResourceBundlingServiceImpl)) {
            LOG.warn("blResourceBundlingService is a " + bundling.getClass().getName() + ": add " + FILE
                    + " to its '" + BUNDLE + "' bundle yourself, or the Loyalty module's buttons on the customer and order screens do nothing");
            return;
        }
        ResourceBundlingServiceImpl service = (ResourceBundlingServiceImpl) bundling;
        Map<String, List<String>> extra = service.getAdditionalBundleFiles() == null
                ? new HashMap<String, List<String>>()
                : new HashMap<String, List<String>>(service.getAdditionalBundleFiles());
        List<String> files = extra.get(BUNDLE) == null
                ? new ArrayList<String>()
                : new ArrayList<String>(extra.get(BUNDLE));
        if (!files.contains(FILE)) {
            files.add(FILE);
        }
        extra.put(BUNDLE, files);
        service.setAdditionalBundleFiles(extra);
    }
}
