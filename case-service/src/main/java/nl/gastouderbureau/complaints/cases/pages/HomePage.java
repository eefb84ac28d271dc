package nl.gastouderbureau.complaints.cases.pages;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where the login form sends people who did not ask for a page: to their own pages. */
@Controller
class HomePage {

    @GetMapping("/")
    String home(Authentication who) {
        PageAdvice.Account account = PageAdvice.Account.of(who);
        if (account != null && account.staff()) {
            return "redirect:/staff/cases";
        }
        if (account != null && account.client()) {
            return "redirect:/my/cases";
        }
        return "redirect:/login";
    }
}
