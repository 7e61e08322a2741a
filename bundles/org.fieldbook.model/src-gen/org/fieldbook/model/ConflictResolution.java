/**
 */
package org.fieldbook.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Conflict Resolution</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.fieldbook.model.FieldbookPackage#getConflictResolution()
 * @model
 * @generated
 */
public enum ConflictResolution implements Enumerator {
	/**
	 * The '<em><b>Open</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_VALUE
	 * @generated
	 * @ordered
	 */
	OPEN(0, "open", "Open"),

	/**
	 * The '<em><b>Client Won</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLIENT_WON_VALUE
	 * @generated
	 * @ordered
	 */
	CLIENT_WON(1, "clientWon", "Client won"),

	/**
	 * The '<em><b>Server Won</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVER_WON_VALUE
	 * @generated
	 * @ordered
	 */
	SERVER_WON(2, "serverWon", "Server won"),

	/**
	 * The '<em><b>Kept Mine</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEPT_MINE_VALUE
	 * @generated
	 * @ordered
	 */
	KEPT_MINE(3, "keptMine", "Kept mine"),

	/**
	 * The '<em><b>Took Server</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOOK_SERVER_VALUE
	 * @generated
	 * @ordered
	 */
	TOOK_SERVER(4, "tookServer", "Took server"),

	/**
	 * The '<em><b>Merged</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MERGED_VALUE
	 * @generated
	 * @ordered
	 */
	MERGED(5, "merged", "Chosen per field");

	/**
	 * The '<em><b>Open</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN
	 * @model name="open" literal="Open"
	 * @generated
	 * @ordered
	 */
	public static final int OPEN_VALUE = 0;

	/**
	 * The '<em><b>Client Won</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLIENT_WON
	 * @model name="clientWon" literal="Client won"
	 * @generated
	 * @ordered
	 */
	public static final int CLIENT_WON_VALUE = 1;

	/**
	 * The '<em><b>Server Won</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVER_WON
	 * @model name="serverWon" literal="Server won"
	 * @generated
	 * @ordered
	 */
	public static final int SERVER_WON_VALUE = 2;

	/**
	 * The '<em><b>Kept Mine</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEPT_MINE
	 * @model name="keptMine" literal="Kept mine"
	 * @generated
	 * @ordered
	 */
	public static final int KEPT_MINE_VALUE = 3;

	/**
	 * The '<em><b>Took Server</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOOK_SERVER
	 * @model name="tookServer" literal="Took server"
	 * @generated
	 * @ordered
	 */
	public static final int TOOK_SERVER_VALUE = 4;

	/**
	 * The '<em><b>Merged</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MERGED
	 * @model name="merged" literal="Chosen per field"
	 * @generated
	 * @ordered
	 */
	public static final int MERGED_VALUE = 5;

	/**
	 * An array of all the '<em><b>Conflict Resolution</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConflictResolution[] VALUES_ARRAY =
		new ConflictResolution[] {
			OPEN,
			CLIENT_WON,
			SERVER_WON,
			KEPT_MINE,
			TOOK_SERVER,
			MERGED,
		};

	/**
	 * A public read-only list of all the '<em><b>Conflict Resolution</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConflictResolution> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Conflict Resolution</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConflictResolution get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConflictResolution result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conflict Resolution</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConflictResolution getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConflictResolution result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conflict Resolution</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConflictResolution get(int value) {
		switch (value) {
			case OPEN_VALUE: return OPEN;
			case CLIENT_WON_VALUE: return CLIENT_WON;
			case SERVER_WON_VALUE: return SERVER_WON;
			case KEPT_MINE_VALUE: return KEPT_MINE;
			case TOOK_SERVER_VALUE: return TOOK_SERVER;
			case MERGED_VALUE: return MERGED;
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
	private ConflictResolution(int value, String name, String literal) {
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
	
} //ConflictResolution
