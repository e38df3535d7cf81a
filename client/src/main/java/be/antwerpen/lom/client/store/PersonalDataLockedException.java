package be.antwerpen.lom.client.store;

/** Personal data was needed while no staff login had released the desk's data key. */
public final class PersonalDataLockedException extends StoreException {

    public PersonalDataLockedException() {
        super("personal data is locked until a staff member logs in", null);
    }
}
