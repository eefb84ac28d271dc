package nl.gastouderbureau.complaints.support.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;

/** One endpoint per kind of path the role rules name, answering with the caller's name. */
@RestController
class SecuredEndpoints {

    @GetMapping({"/api/v1/cases/case-1", "/api/v1/my/cases", "/api/v1/reports/improvement", "/complaint", "/reports/dashboard"})
    String who(Principal caller) {
        return caller.getName();
    }

    @GetMapping(path = "/api/v1/reports/annual/2026", produces = "text/csv")
    String csvOnly() {
        return "year\n2026\n";
    }

    @PostMapping({"/api/v1/feedback", "/feedback", "/api/v1/complaints"})
    String accepted() {
        return "accepted";
    }
}
