/**
 */
package org.fieldbook.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sync Error</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A record the last sync could not send or apply, kept on the device until the technician retries or dismisses it, and uploaded so administrators see their fleet's errors.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.SyncError#getOccurredAt <em>Occurred At</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncError#getTableName <em>Table Name</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncError#getRecordId <em>Record Id</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncError#getHttpStatus <em>Http Status</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncError#getErrorType <em>Error Type</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncError#getMessage <em>Message</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncError#isResolved <em>Resolved</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncError#getErrorCode <em>Error Code</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncError#getErrorDetail <em>Error Detail</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncError#getAction <em>Action</em>}</li>
 *   <li>{@link org.fieldbook.model.SyncError#getActionData <em>Action Data</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getSyncError()
 * @model annotation="http://www.fieldbook.org/dataverse logicalName='syncerror' entitySet='syncerrors'"
 * @generated
 */
public interface SyncError extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Occurred At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Occurred At</em>' attribute.
	 * @see #setOccurredAt(Instant)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncError_OccurredAt()
	 * @model dataType="org.fieldbook.model.Instant"
	 *        annotation="http://www.fieldbook.org/dataverse column='errortime'"
	 * @generated
	 */
	Instant getOccurredAt();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncError#getOccurredAt <em>Occurred At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occurred At</em>' attribute.
	 * @see #getOccurredAt()
	 * @generated
	 */
	void setOccurredAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Table Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Table Name</em>' attribute.
	 * @see #setTableName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncError_TableName()
	 * @model annotation="http://www.fieldbook.org/dataverse column='name'"
	 * @generated
	 */
	String getTableName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncError#getTableName <em>Table Name</em>}' attribute.
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
	 * @see org.fieldbook.model.FieldbookPackage#getSyncError_RecordId()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_regardingobjectid_value'"
	 * @generated
	 */
	String getRecordId();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncError#getRecordId <em>Record Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record Id</em>' attribute.
	 * @see #getRecordId()
	 * @generated
	 */
	void setRecordId(String value);

	/**
	 * Returns the value of the '<em><b>Http Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Http Status</em>' attribute.
	 * @see #setHttpStatus(int)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncError_HttpStatus()
	 * @model
	 * @generated
	 */
	int getHttpStatus();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncError#getHttpStatus <em>Http Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Http Status</em>' attribute.
	 * @see #getHttpStatus()
	 * @generated
	 */
	void setHttpStatus(int value);

	/**
	 * Returns the value of the '<em><b>Error Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbook.model.SyncErrorType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error Type</em>' attribute.
	 * @see org.fieldbook.model.SyncErrorType
	 * @see #setErrorType(SyncErrorType)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncError_ErrorType()
	 * @model annotation="http://www.fieldbook.org/dataverse column='errortype'"
	 * @generated
	 */
	SyncErrorType getErrorType();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncError#getErrorType <em>Error Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Type</em>' attribute.
	 * @see org.fieldbook.model.SyncErrorType
	 * @see #getErrorType()
	 * @generated
	 */
	void setErrorType(SyncErrorType value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncError_Message()
	 * @model annotation="http://www.fieldbook.org/dataverse column='errormessage' maxLength='4000'"
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncError#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolved</em>' attribute.
	 * @see #setResolved(boolean)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncError_Resolved()
	 * @model
	 * @generated
	 */
	boolean isResolved();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncError#isResolved <em>Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved</em>' attribute.
	 * @see #isResolved()
	 * @generated
	 */
	void setResolved(boolean value);

	/**
	 * Returns the value of the '<em><b>Error Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server's error code, e.g. 0x80060882 for a version mismatch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Error Code</em>' attribute.
	 * @see #setErrorCode(String)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncError_ErrorCode()
	 * @model annotation="http://www.fieldbook.org/dataverse column='errorcode'"
	 * @generated
	 */
	String getErrorCode();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncError#getErrorCode <em>Error Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Code</em>' attribute.
	 * @see #getErrorCode()
	 * @generated
	 */
	void setErrorCode(String value);

	/**
	 * Returns the value of the '<em><b>Error Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error Detail</em>' attribute.
	 * @see #setErrorDetail(String)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncError_ErrorDetail()
	 * @model annotation="http://www.fieldbook.org/dataverse column='errordetail' maxLength='1048576'"
	 * @generated
	 */
	String getErrorDetail();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncError#getErrorDetail <em>Error Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Detail</em>' attribute.
	 * @see #getErrorDetail()
	 * @generated
	 */
	void setErrorDetail(String value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the device was doing: create, update or delete.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncError_Action()
	 * @model annotation="http://www.fieldbook.org/dataverse column='action'"
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncError#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(String value);

	/**
	 * Returns the value of the '<em><b>Action Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values the device tried to send, as JSON.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action Data</em>' attribute.
	 * @see #setActionData(String)
	 * @see org.fieldbook.model.FieldbookPackage#getSyncError_ActionData()
	 * @model annotation="http://www.fieldbook.org/dataverse column='actiondata' maxLength='1048576'"
	 * @generated
	 */
	String getActionData();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.SyncError#getActionData <em>Action Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action Data</em>' attribute.
	 * @see #getActionData()
	 * @generated
	 */
	void setActionData(String value);

} // SyncError
