/**
 */
package org.fieldbook.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organization Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.OrganizationSettings#isConflictDetectionEnabled <em>Conflict Detection Enabled</em>}</li>
 *   <li>{@link org.fieldbook.model.OrganizationSettings#getMaxUploadFileSize <em>Max Upload File Size</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getOrganizationSettings()
 * @model annotation="http://www.fieldbook.org/dataverse logicalName='organization' entitySet='organizations'"
 * @generated
 */
public interface OrganizationSettings extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Conflict Detection Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * false: the client wins conflicts (the default); true: the server wins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conflict Detection Enabled</em>' attribute.
	 * @see #setConflictDetectionEnabled(boolean)
	 * @see org.fieldbook.model.FieldbookPackage#getOrganizationSettings_ConflictDetectionEnabled()
	 * @model annotation="http://www.fieldbook.org/dataverse column='isconflictdetectionenabledformobileclient'"
	 * @generated
	 */
	boolean isConflictDetectionEnabled();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.OrganizationSettings#isConflictDetectionEnabled <em>Conflict Detection Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conflict Detection Enabled</em>' attribute.
	 * @see #isConflictDetectionEnabled()
	 * @generated
	 */
	void setConflictDetectionEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Max Upload File Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The largest file a note may hold, in bytes: 5,242,880 (5 MB) by default, at most 134,217,728 (128 MB).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Upload File Size</em>' attribute.
	 * @see #setMaxUploadFileSize(int)
	 * @see org.fieldbook.model.FieldbookPackage#getOrganizationSettings_MaxUploadFileSize()
	 * @model annotation="http://www.fieldbook.org/dataverse column='maxuploadfilesize'"
	 * @generated
	 */
	int getMaxUploadFileSize();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.OrganizationSettings#getMaxUploadFileSize <em>Max Upload File Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Upload File Size</em>' attribute.
	 * @see #getMaxUploadFileSize()
	 * @generated
	 */
	void setMaxUploadFileSize(int value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the device's change is applied when it conflicts with the server's (the default).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean clientWins();

} // OrganizationSettings
