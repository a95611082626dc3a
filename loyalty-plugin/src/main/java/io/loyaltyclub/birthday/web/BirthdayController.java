package io.loyaltyclub.birthday.web;

import io.loyaltyclub.birthday.service.BirthDateChange;
import io.loyaltyclub.birthday.service.BirthdayService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.web.SignedInCustomer;
import io.loyaltyclub.platform.web.StorefrontPaths;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javax.annotation.Resource;

/** The birth date in the members' area (/account/loyalty): saved, or sent back with the reason. */
@Controller("loyaltyBirthdayController")
public class BirthdayController {

    static final String AREA = "/account/loyalty";
    static final String PATH = AREA + "/birthday";
    static final String ANCHOR = "#loyalty-birthday";

    @Resource(name = "loyaltyBirthdayService")
    protected BirthdayService birthdays;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "loyaltyStorefrontPaths")
    protected StorefrontPaths paths;

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String save(@RequestParam(value = "birthDate", required = false) String birthDate,
                       RedirectAttributes redirect) {
        Customer customer = SignedInCustomer.current();
        if (customer == null) {
            return "redirect:" + paths.login(AREA);
        }
        LoyaltyAccount account = memberships.findByCustomer(customer.getId());
        if (account == null) {
            return "redirect:/loyalty";
        }
        LocalDate date = parse(birthDate);
        if (date == null) {
            return problem(redirect, "loyalty.birthday.error.date", birthDate);
        }
        BirthDateChange change = birthdays.setBirthDate(account.getId(), date);
        switch (change.getKind()) {
            case REFUSED:
                return problem(redirect, "loyalty.birthday.error." + change.getProblem(), birthDate);
            case UNCHANGED:
                redirect.addFlashAttribute("loyaltyBirthdayNotice", "loyalty.birthday.unchanged");
                break;
            case SAVED:
            default:
                if (change.getProfileReward() != null && change.getProfileReward().isGranted()) {
                    redirect.addFlashAttribute("loyaltyBirthdayNotice", "loyalty.birthday.savedWithPoints");
                    redirect.addFlashAttribute("loyaltyBirthdayPoints", change.getProfileReward().getPoints());
                } else {
                    redirect.addFlashAttribute("loyaltyBirthdayNotice", "loyalty.birthday.saved");
                }
                break;
        }
        return "redirect:" + AREA + ANCHOR;
    }

    private static String problem(RedirectAttributes redirect, String key, String entered) {
        redirect.addFlashAttribute("loyaltyBirthdayAlert", key);
        redirect.addFlashAttribute("loyaltyBirthdayEntered", entered);
        return "redirect:" + AREA + ANCHOR;
    }

    /** A date as a browser's date field sends it (YYYY-MM-DD), or null. */
    static LocalDate parse(String value) {
        if (value == null || value.trim().isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
