package be.antwerpen.lom.model.location;

/** The two kinds of physical counter in Loket op Maat. */
public enum LocationKind {
    /** Regioloket: district house, open six days with all Saturdays and two evening openings. */
    REGIO,
    /** Stadsloket: open two days with one evening opening. */
    STAD
}
