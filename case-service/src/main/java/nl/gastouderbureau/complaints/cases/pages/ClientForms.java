package nl.gastouderbureau.complaints.cases.pages;

import nl.gastouderbureau.complaints.cases.web.CaseRequests.ReferralRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.SatisfactionRequest;

import java.util.LinkedHashMap;
import java.util.Map;

/** The client's two answers on their case page, as posted, each carrying the version it was rendered with. */
final class ClientForms {

    private ClientForms() {
    }

    static Map<String, Object> blank() {
        Map<String, Object> forms = new LinkedHashMap<>();
        forms.put("satisfaction", new SatisfactionForm(null, null, null));
        forms.put("referral", new ReferralForm(null, null));
        return forms;
    }

    /** @param satisfied {@code true} or {@code false} from the two radio buttons; nothing chosen is {@code null} */
    public record SatisfactionForm(String version, String satisfied, String comment) {

        SatisfactionRequest request() {
            Boolean answer = "true".equals(satisfied) ? Boolean.TRUE : "false".equals(satisfied) ? Boolean.FALSE : null;
            return new SatisfactionRequest(answer, comment);
        }
    }

    /** Dated today, as the API dates a referral without {@code referredOn}. */
    public record ReferralForm(String version, String committeeReference) {

        ReferralRequest request() {
            return new ReferralRequest(null, committeeReference);
        }
    }
}
