/**
 */
package org.fieldbook.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conflict</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A record changed both here and on the server: the base it was edited from, the technician's values and the server's.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.Conflict#getId <em>Id</em>}</li>
 *   <li>{@link org.fieldbook.model.Conflict#getTableName <em>Table Name</em>}</li>
 *   <li>{@link org.fieldbook.model.Conflict#getRecordId <em>Record Id</em>}</li>
 *   <li>{@link org.fieldbook.model.Conflict#getBaseValues <em>Base Values</em>}</li>
 *   <li>{@link org.fieldbook.model.Conflict#getLocalValues <em>Local Values</em>}</li>
 *   <li>{@link org.fieldbook.model.Conflict#getServerValues <em>Server Values</em>}</li>
 *   <li>{@link org.fieldbook.model.Conflict#getBaseETag <em>Base ETag</em>}</li>
 *   <li>{@link org.fieldbook.model.Conflict#getServerETag <em>Server ETag</em>}</li>
 *   <li>{@link org.fieldbook.model.Conflict#getDetectedAt <em>Detected At</em>}</li>
 *   <li>{@link org.fieldbook.model.Conflict#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.fieldbook.model.Conflict#getResolvedAt <em>Resolved At</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getConflict()
 * @model
 * @generated
 */
public interface Conflict extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.fieldbook.model.FieldbookPackage#getConflict_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Conflict#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Table Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Table Name</em>' attribute.
	 * @see #setTableName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getConflict_TableName()
	 * @model
	 * @generated
	 */
	String getTableName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Conflict#getTableName <em>Table Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table Name</em>' attribute.
	 * @see #getTableName()
	 * @generated
	 */
	void setTableName(String value);

	/**
	 * Returns the value of the '<em><b>Record Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Record Id</em>' attribute.
	 * @see #setRecordId(String)
	 * @see org.fieldbook.model.FieldbookPackage#getConflict_RecordId()
	 * @model
	 * @generated
	 */
	String getRecordId();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Conflict#getRecordId <em>Record Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record Id</em>' attribute.
	 * @see #getRecordId()
	 * @generated
	 */
	void setRecordId(String value);

	/**
	 * Returns the value of the '<em><b>Base Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbook.model.FieldValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base Values</em>' containment reference list.
	 * @see org.fieldbook.model.FieldbookPackage#getConflict_BaseValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<FieldValue> getBaseValues();

	/**
	 * Returns the value of the '<em><b>Local Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbook.model.FieldValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local Values</em>' containment reference list.
	 * @see org.fieldbook.model.FieldbookPackage#getConflict_LocalValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<FieldValue> getLocalValues();

	/**
	 * Returns the value of the '<em><b>Server Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbook.model.FieldValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Server Values</em>' containment reference list.
	 * @see org.fieldbook.model.FieldbookPackage#getConflict_ServerValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<FieldValue> getServerValues();

	/**
	 * Returns the value of the '<em><b>Base ETag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base ETag</em>' attribute.
	 * @see #setBaseETag(String)
	 * @see org.fieldbook.model.FieldbookPackage#getConflict_BaseETag()
	 * @model
	 * @generated
	 */
	String getBaseETag();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Conflict#getBaseETag <em>Base ETag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base ETag</em>' attribute.
	 * @see #getBaseETag()
	 * @generated
	 */
	void setBaseETag(String value);

	/**
	 * Returns the value of the '<em><b>Server ETag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Server ETag</em>' attribute.
	 * @see #setServerETag(String)
	 * @see org.fieldbook.model.FieldbookPackage#getConflict_ServerETag()
	 * @model
	 * @generated
	 */
	String getServerETag();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Conflict#getServerETag <em>Server ETag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Server ETag</em>' attribute.
	 * @see #getServerETag()
	 * @generated
	 */
	void setServerETag(String value);

	/**
	 * Returns the value of the '<em><b>Detected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Detected At</em>' attribute.
	 * @see #setDetectedAt(Instant)
	 * @see org.fieldbook.model.FieldbookPackage#getConflict_DetectedAt()
	 * @model dataType="org.fieldbook.model.Instant"
	 * @generated
	 */
	Instant getDetectedAt();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Conflict#getDetectedAt <em>Detected At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detected At</em>' attribute.
	 * @see #getDetectedAt()
	 * @generated
	 */
	void setDetectedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Resolution</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbook.model.ConflictResolution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolution</em>' attribute.
	 * @see org.fieldbook.model.ConflictResolution
	 * @see #setResolution(ConflictResolution)
	 * @see org.fieldbook.model.FieldbookPackage#getConflict_Resolution()
	 * @model
	 * @generated
	 */
	ConflictResolution getResolution();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Conflict#getResolution <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution</em>' attribute.
	 * @see org.fieldbook.model.ConflictResolution
	 * @see #getResolution()
	 * @generated
	 */
	void setResolution(ConflictResolution value);

	/**
	 * Returns the value of the '<em><b>Resolved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolved At</em>' attribute.
	 * @see #setResolvedAt(Instant)
	 * @see org.fieldbook.model.FieldbookPackage#getConflict_ResolvedAt()
	 * @model dataType="org.fieldbook.model.Instant"
	 * @generated
	 */
	Instant getResolvedAt();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Conflict#getResolvedAt <em>Resolved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved At</em>' attribute.
	 * @see #getResolvedAt()
	 * @generated
	 */
	void setResolvedAt(Instant value);

} // Conflict
