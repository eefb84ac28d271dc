package nl.gastouderbureau.complaints.events.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text about a data subject (DESIGN P1): a name, an address, what they wrote, what staff wrote
 * about them. {@link PersonalDataModule} writes it encrypted under the key of the event's case, so
 * the event store and every topic hold only ciphertext, and deleting the key erases it everywhere.
 * <p>
 * Put on a record component of type {@code String}; Java copies it to the field, the accessor and
 * the constructor parameter, where Jackson looks for it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {
}
