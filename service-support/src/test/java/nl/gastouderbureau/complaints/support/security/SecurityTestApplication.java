package nl.gastouderbureau.complaints.support.security;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Import;

@SpringBootConfiguration
@Import(SecuredEndpoints.class)
class SecurityTestApplication {
}
