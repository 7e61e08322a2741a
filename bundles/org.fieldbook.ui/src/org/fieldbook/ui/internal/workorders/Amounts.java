package org.fieldbook.ui.internal.workorders;

import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;

/** Numbers typed into the form, as the attribute they go into holds them (whole minutes, decimal quantities). */
final class Amounts {

    private Amounts() {
    }

    /** @return the typed number as the attribute's type, or empty when it is not a number */
    static Optional<Object> parse(String text, EAttribute attribute) {
        try {
            return Optional.of(of(Double.parseDouble(text.strip().replace(',', '.')), attribute));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** @return {@code value} as the attribute's type */
    static Object of(double value, EAttribute attribute) {
        return attribute.getEAttributeType().getInstanceClass() == int.class ? (Object) (int) Math.round(value) : (Object) value;
    }

    static double value(Object amount) {
        return ((Number) amount).doubleValue();
    }

    /** @return the amount without a needless ".0" */
    static String text(Object amount) {
        double value = value(amount);
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** @return the refusal shown for text that is not a number */
    static String notANumber(EAttribute attribute, String text) {
        return attribute.getName() + " must be a number, but is '" + text + "'";
    }
}
