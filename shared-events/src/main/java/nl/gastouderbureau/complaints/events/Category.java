package nl.gastouderbureau.complaints.events;

public enum Category {
    CARE_QUALITY, COMMUNICATION, SAFETY, HEALTH_HYGIENE, INVOICING, MATCHING, SCHEDULING, OTHER
}
