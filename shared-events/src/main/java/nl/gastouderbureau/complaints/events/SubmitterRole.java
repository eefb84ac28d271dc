package nl.gastouderbureau.complaints.events;

public enum SubmitterRole {
    PARENT, HOST_PARENT, GRANDPARENT, NEIGHBOUR, FRIEND, OTHER
}
