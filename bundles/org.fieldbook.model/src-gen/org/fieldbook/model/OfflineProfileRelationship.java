/**
 */
package org.fieldbook.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offline Profile Relationship</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Rows of toTable referenced by downloaded rows of fromTable through lookupColumn are downloaded too.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.OfflineProfileRelationship#getFromTable <em>From Table</em>}</li>
 *   <li>{@link org.fieldbook.model.OfflineProfileRelationship#getLookupColumn <em>Lookup Column</em>}</li>
 *   <li>{@link org.fieldbook.model.OfflineProfileRelationship#getToTable <em>To Table</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfileRelationship()
 * @model annotation="http://www.fieldbook.org/dataverse logicalName='mobileofflineprofileitemassociation' entitySet='mobileofflineprofileitemassociations'"
 * @generated
 */
public interface OfflineProfileRelationship extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>From Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Table</em>' attribute.
	 * @see #setFromTable(String)
	 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfileRelationship_FromTable()
	 * @model annotation="http://www.fieldbook.org/dataverse column='fromtable'"
	 * @generated
	 */
	String getFromTable();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.OfflineProfileRelationship#getFromTable <em>From Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Table</em>' attribute.
	 * @see #getFromTable()
	 * @generated
	 */
	void setFromTable(String value);

	/**
	 * Returns the value of the '<em><b>Lookup Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lookup on fromTable, e.g. _msdyn_workorder_value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lookup Column</em>' attribute.
	 * @see #setLookupColumn(String)
	 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfileRelationship_LookupColumn()
	 * @model annotation="http://www.fieldbook.org/dataverse column='lookupcolumn'"
	 * @generated
	 */
	String getLookupColumn();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.OfflineProfileRelationship#getLookupColumn <em>Lookup Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lookup Column</em>' attribute.
	 * @see #getLookupColumn()
	 * @generated
	 */
	void setLookupColumn(String value);

	/**
	 * Returns the value of the '<em><b>To Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Table</em>' attribute.
	 * @see #setToTable(String)
	 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfileRelationship_ToTable()
	 * @model annotation="http://www.fieldbook.org/dataverse column='totable'"
	 * @generated
	 */
	String getToTable();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.OfflineProfileRelationship#getToTable <em>To Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Table</em>' attribute.
	 * @see #getToTable()
	 * @generated
	 */
	void setToTable(String value);

} // OfflineProfileRelationship
