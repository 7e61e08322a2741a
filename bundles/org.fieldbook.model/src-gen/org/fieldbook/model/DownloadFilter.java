/**
 */
package org.fieldbook.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Download Filter</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.fieldbook.model.FieldbookPackage#getDownloadFilter()
 * @model
 * @generated
 */
public enum DownloadFilter implements Enumerator {
	/**
	 * The '<em><b>Related Only</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELATED_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	RELATED_ONLY(0, "relatedOnly", "Related data only"),

	/**
	 * The '<em><b>All Records</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALL_RECORDS_VALUE
	 * @generated
	 * @ordered
	 */
	ALL_RECORDS(1, "allRecords", "All records"),

	/**
	 * The '<em><b>Other Filter</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_FILTER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER_FILTER(2, "otherFilter", "Other data filter"),

	/**
	 * The '<em><b>Custom Filter</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM_FILTER_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOM_FILTER(3, "customFilter", "Custom data filter");

	/**
	 * The '<em><b>Related Only</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELATED_ONLY
	 * @model name="relatedOnly" literal="Related data only"
	 * @generated
	 * @ordered
	 */
	public static final int RELATED_ONLY_VALUE = 0;

	/**
	 * The '<em><b>All Records</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALL_RECORDS
	 * @model name="allRecords" literal="All records"
	 * @generated
	 * @ordered
	 */
	public static final int ALL_RECORDS_VALUE = 1;

	/**
	 * The '<em><b>Other Filter</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_FILTER
	 * @model name="otherFilter" literal="Other data filter"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_FILTER_VALUE = 2;

	/**
	 * The '<em><b>Custom Filter</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM_FILTER
	 * @model name="customFilter" literal="Custom data filter"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOM_FILTER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Download Filter</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DownloadFilter[] VALUES_ARRAY =
		new DownloadFilter[] {
			RELATED_ONLY,
			ALL_RECORDS,
			OTHER_FILTER,
			CUSTOM_FILTER,
		};

	/**
	 * A public read-only list of all the '<em><b>Download Filter</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DownloadFilter> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Download Filter</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DownloadFilter get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DownloadFilter result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Download Filter</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DownloadFilter getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DownloadFilter result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Download Filter</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DownloadFilter get(int value) {
		switch (value) {
			case RELATED_ONLY_VALUE: return RELATED_ONLY;
			case ALL_RECORDS_VALUE: return ALL_RECORDS;
			case OTHER_FILTER_VALUE: return OTHER_FILTER;
			case CUSTOM_FILTER_VALUE: return CUSTOM_FILTER;
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
	private DownloadFilter(int value, String name, String literal) {
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
	
} //DownloadFilter
