package io.loyaltyclub.admin.programme.web;

import io.loyaltyclub.programme.service.LoyaltyProgramService;
import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Loyalty &gt; Programme settings. The site has exactly one programme, so the section opens its form
 * directly instead of a list with one row. Editing and saving are Broadleaf's own entity screens.
 */
@Controller("loyaltyAdminProgrammeController")
@RequestMapping("/" + AdminLoyaltyProgrammeController.SECTION_KEY)
public class AdminLoyaltyProgrammeController extends AdminBasicEntityController {

    public static final String SECTION_KEY = "loyalty-programme";

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmeService;

    @Override
    protected String getSectionKey(Map<String, String> pathVars) {
        String key = super.getSectionKey(pathVars);
        return key != null ? key : SECTION_KEY;
    }

    @Override
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String viewEntityList(HttpServletRequest request, HttpServletResponse response, Model model,
                                 @PathVariable Map<String, String> pathVars,
                                 @RequestParam MultiValueMap<String, String> requestParams) {
        return "redirect:/" + SECTION_KEY + "/" + programmeService.findProgramme().getId();
    }
}
