package be.antwerpen.lom.model.location;

/** Why a location is closed on a day it would normally open. */
public enum ClosureReason {
    PUBLIC_HOLIDAY,
    CITY_HOLIDAY,
    ELECTION_DAY,
    INCIDENT,
    OTHER
}
