package nl.gastouderbureau.complaints.events;

public enum Channel {
    WEB_FORM, EMAIL, PHONE, MEETING
}
