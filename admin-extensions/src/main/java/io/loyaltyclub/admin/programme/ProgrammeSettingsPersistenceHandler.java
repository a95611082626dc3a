package io.loyaltyclub.admin.programme;

import io.loyaltyclub.programme.persistence.LoyaltyProgram;
import io.loyaltyclub.programme.persistence.LoyaltyProgramImpl;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.PersistenceModule;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * Saves the programme settings form, but refuses a form that was opened before someone else saved the
 * settings: the form carries the revision ({@code @Version}) it was opened at, and it must still be the
 * current one. Without this, the second admin's save would silently undo the first one's changes.
 * Registered in Broadleaf's blCustomPersistenceHandlers.
 */
@Component("loyaltyProgrammeSettingsPersistenceHandler")
public class ProgrammeSettingsPersistenceHandler extends CustomPersistenceHandlerAdapter {

    static final String REVISION = "version";

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;
    static final String STALE_FORM = "Someone saved these settings after you opened them. "
            + "Reload the page to see their changes, then make yours again.";

    @Override
    public Boolean canHandleUpdate(PersistencePackage persistencePackage) {
        String ceiling = persistencePackage.getCeilingEntityFullyQualifiedClassname();
        return LoyaltyProgram.class.getName().equals(ceiling) || LoyaltyProgramImpl.class.getName().equals(ceiling);
    }

    @Override
    public Entity update(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity submitted = persistencePackage.getEntity();
        Property revision = submitted.findProperty(REVISION);
        Property id = submitted.findProperty("id");
        if (revision != null && revision.getValue() != null && !revision.getValue().trim().isEmpty() && id != null) {
            LoyaltyProgram current = (LoyaltyProgram) dynamicEntityDao.retrieve(LoyaltyProgramImpl.class,
                    Long.valueOf(id.getValue()));
            if (current != null && current.getVersion() != null
                    && !current.getVersion().toString().equals(revision.getValue().trim())) {
                submitted.addValidationError(REVISION, STALE_FORM);
                return submitted;
            }
        }
        Entity saved = ((PersistenceModule) helper).update(persistencePackage);
        // This JVM keeps the settings in memory: it reads them again once the save commits (the storefront's
        // nodes within loyalty.programme.refreshSeconds).
        programmes.settingsChanged();
        return saved;
    }
}
