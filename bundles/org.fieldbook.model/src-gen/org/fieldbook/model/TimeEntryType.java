/**
 */
package org.fieldbook.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Time Entry Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.fieldbook.model.FieldbookPackage#getTimeEntryType()
 * @model
 * @generated
 */
public enum TimeEntryType implements Enumerator {
	/**
	 * The '<em><b>Work</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORK_VALUE
	 * @generated
	 * @ordered
	 */
	WORK(192350000, "work", "Work"),

	/**
	 * The '<em><b>Absence</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABSENCE_VALUE
	 * @generated
	 * @ordered
	 */
	ABSENCE(192350001, "absence", "Absence"),

	/**
	 * The '<em><b>Vacation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VACATION_VALUE
	 * @generated
	 * @ordered
	 */
	VACATION(192350002, "vacation", "Vacation"),

	/**
	 * The '<em><b>Overtime</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERTIME_VALUE
	 * @generated
	 * @ordered
	 */
	OVERTIME(192354320, "overtime", "Overtime"),

	/**
	 * The '<em><b>On Break</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_BREAK_VALUE
	 * @generated
	 * @ordered
	 */
	ON_BREAK(192355000, "onBreak", "On Break"),

	/**
	 * The '<em><b>Travel</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAVEL_VALUE
	 * @generated
	 * @ordered
	 */
	TRAVEL(192355001, "travel", "Travel");

	/**
	 * The '<em><b>Work</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORK
	 * @model name="work" literal="Work"
	 * @generated
	 * @ordered
	 */
	public static final int WORK_VALUE = 192350000;

	/**
	 * The '<em><b>Absence</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABSENCE
	 * @model name="absence" literal="Absence"
	 * @generated
	 * @ordered
	 */
	public static final int ABSENCE_VALUE = 192350001;

	/**
	 * The '<em><b>Vacation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VACATION
	 * @model name="vacation" literal="Vacation"
	 * @generated
	 * @ordered
	 */
	public static final int VACATION_VALUE = 192350002;

	/**
	 * The '<em><b>Overtime</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERTIME
	 * @model name="overtime" literal="Overtime"
	 * @generated
	 * @ordered
	 */
	public static final int OVERTIME_VALUE = 192354320;

	/**
	 * The '<em><b>On Break</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_BREAK
	 * @model name="onBreak" literal="On Break"
	 * @generated
	 * @ordered
	 */
	public static final int ON_BREAK_VALUE = 192355000;

	/**
	 * The '<em><b>Travel</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAVEL
	 * @model name="travel" literal="Travel"
	 * @generated
	 * @ordered
	 */
	public static final int TRAVEL_VALUE = 192355001;

	/**
	 * An array of all the '<em><b>Time Entry Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TimeEntryType[] VALUES_ARRAY =
		new TimeEntryType[] {
			WORK,
			ABSENCE,
			VACATION,
			OVERTIME,
			ON_BREAK,
			TRAVEL,
		};

	/**
	 * A public read-only list of all the '<em><b>Time Entry Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TimeEntryType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Time Entry Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TimeEntryType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TimeEntryType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Time Entry Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TimeEntryType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TimeEntryType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Time Entry Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TimeEntryType get(int value) {
		switch (value) {
			case WORK_VALUE: return WORK;
			case ABSENCE_VALUE: return ABSENCE;
			case VACATION_VALUE: return VACATION;
			case OVERTIME_VALUE: return OVERTIME;
			case ON_BREAK_VALUE: return ON_BREAK;
			case TRAVEL_VALUE: return TRAVEL;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private TimeEntryType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //TimeEntryType
