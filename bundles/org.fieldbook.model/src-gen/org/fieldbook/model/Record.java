/**
 */
package org.fieldbook.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A row of a Dataverse table: its key, the server version it was read at, and its timestamps.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.Record#getId <em>Id</em>}</li>
 *   <li>{@link org.fieldbook.model.Record#getVersionNumber <em>Version Number</em>}</li>
 *   <li>{@link org.fieldbook.model.Record#getCreatedOn <em>Created On</em>}</li>
 *   <li>{@link org.fieldbook.model.Record#getModifiedOn <em>Modified On</em>}</li>
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
	 * <!-- begin-model-doc -->
	 * The row's primary key, a GUID; the device may choose it for rows it creates.
	 * <!-- end-model-doc -->
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
	 * <!-- begin-model-doc -->
	 * The server's row version; its ETag is W/"versionNumber". 0 for a row the server has not seen.
	 * <!-- end-model-doc -->
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

	/**
	 * Returns the value of the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created On</em>' attribute.
	 * @see #setCreatedOn(Instant)
	 * @see org.fieldbook.model.FieldbookPackage#getRecord_CreatedOn()
	 * @model dataType="org.fieldbook.model.Instant"
	 *        annotation="http://www.fieldbook.org/dataverse column='createdon'"
	 * @generated
	 */
	Instant getCreatedOn();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Record#getCreatedOn <em>Created On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created On</em>' attribute.
	 * @see #getCreatedOn()
	 * @generated
	 */
	void setCreatedOn(Instant value);

	/**
	 * Returns the value of the '<em><b>Modified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified On</em>' attribute.
	 * @see #setModifiedOn(Instant)
	 * @see org.fieldbook.model.FieldbookPackage#getRecord_ModifiedOn()
	 * @model dataType="org.fieldbook.model.Instant"
	 *        annotation="http://www.fieldbook.org/dataverse column='modifiedon'"
	 * @generated
	 */
	Instant getModifiedOn();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Record#getModifiedOn <em>Modified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified On</em>' attribute.
	 * @see #getModifiedOn()
	 * @generated
	 */
	void setModifiedOn(Instant value);

} // Record
