/**
 */
package org.fieldbook.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A row of a Dataverse table: its primary key and the server's version number (the ETag).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.Record#getId <em>Id</em>}</li>
 *   <li>{@link org.fieldbook.model.Record#getVersionNumber <em>Version Number</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getRecord()
 * @model abstract="true"
 * @generated
 */
public interface Record extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.fieldbook.model.FieldbookPackage#getRecord_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Record#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Version Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version Number</em>' attribute.
	 * @see #setVersionNumber(long)
	 * @see org.fieldbook.model.FieldbookPackage#getRecord_VersionNumber()
	 * @model annotation="http://www.fieldbook.org/dataverse column='versionnumber'"
	 * @generated
	 */
	long getVersionNumber();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Record#getVersionNumber <em>Version Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version Number</em>' attribute.
	 * @see #getVersionNumber()
	 * @generated
	 */
	void setVersionNumber(long value);

} // Record
