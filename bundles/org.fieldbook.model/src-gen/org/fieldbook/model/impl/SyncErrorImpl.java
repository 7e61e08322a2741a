/**
 */
package org.fieldbook.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.SyncError;
import org.fieldbook.model.SyncErrorType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sync Error</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getOccurredAt <em>Occurred At</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getTableName <em>Table Name</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getRecordId <em>Record Id</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getHttpStatus <em>Http Status</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getErrorType <em>Error Type</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#isResolved <em>Resolved</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getErrorCode <em>Error Code</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getErrorDetail <em>Error Detail</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getActionData <em>Action Data</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SyncErrorImpl extends RecordImpl implements SyncError {
	/**
	 * The default value of the '{@link #getOccurredAt() <em>Occurred At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccurredAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant OCCURRED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOccurredAt() <em>Occurred At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccurredAt()
	 * @generated
	 * @ordered
	 */
	protected Instant occurredAt = OCCURRED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTableName() <em>Table Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableName()
	 * @generated
	 * @ordered
	 */
	protected static final String TABLE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTableName() <em>Table Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableName()
	 * @generated
	 * @ordered
	 */
	protected String tableName = TABLE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordId() <em>Record Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordId()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORD_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordId() <em>Record Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordId()
	 * @generated
	 * @ordered
	 */
	protected String recordId = RECORD_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getHttpStatus() <em>Http Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHttpStatus()
	 * @generated
	 * @ordered
	 */
	protected static final int HTTP_STATUS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHttpStatus() <em>Http Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHttpStatus()
	 * @generated
	 * @ordered
	 */
	protected int httpStatus = HTTP_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getErrorType() <em>Error Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorType()
	 * @generated
	 * @ordered
	 */
	protected static final SyncErrorType ERROR_TYPE_EDEFAULT = SyncErrorType.CONFLICT;

	/**
	 * The cached value of the '{@link #getErrorType() <em>Error Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorType()
	 * @generated
	 * @ordered
	 */
	protected SyncErrorType errorType = ERROR_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #isResolved() <em>Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isResolved()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RESOLVED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isResolved() <em>Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isResolved()
	 * @generated
	 * @ordered
	 */
	protected boolean resolved = RESOLVED_EDEFAULT;

	/**
	 * The default value of the '{@link #getErrorCode() <em>Error Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorCode()
	 * @generated
	 * @ordered
	 */
	protected static final String ERROR_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getErrorCode() <em>Error Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorCode()
	 * @generated
	 * @ordered
	 */
	protected String errorCode = ERROR_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getErrorDetail() <em>Error Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorDetail()
	 * @generated
	 * @ordered
	 */
	protected static final String ERROR_DETAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getErrorDetail() <em>Error Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorDetail()
	 * @generated
	 * @ordered
	 */
	protected String errorDetail = ERROR_DETAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected String action = ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getActionData() <em>Action Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionData()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_DATA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActionData() <em>Action Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionData()
	 * @generated
	 * @ordered
	 */
	protected String actionData = ACTION_DATA_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SyncErrorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.SYNC_ERROR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getOccurredAt() {
		return occurredAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccurredAt(Instant newOccurredAt) {
		Instant oldOccurredAt = occurredAt;
		occurredAt = newOccurredAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_ERROR__OCCURRED_AT, oldOccurredAt, occurredAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTableName() {
		return tableName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTableName(String newTableName) {
		String oldTableName = tableName;
		tableName = newTableName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_ERROR__TABLE_NAME, oldTableName, tableName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordId() {
		return recordId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordId(String newRecordId) {
		String oldRecordId = recordId;
		recordId = newRecordId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_ERROR__RECORD_ID, oldRecordId, recordId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHttpStatus() {
		return httpStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHttpStatus(int newHttpStatus) {
		int oldHttpStatus = httpStatus;
		httpStatus = newHttpStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_ERROR__HTTP_STATUS, oldHttpStatus, httpStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SyncErrorType getErrorType() {
		return errorType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrorType(SyncErrorType newErrorType) {
		SyncErrorType oldErrorType = errorType;
		errorType = newErrorType == null ? ERROR_TYPE_EDEFAULT : newErrorType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_ERROR__ERROR_TYPE, oldErrorType, errorType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_ERROR__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isResolved() {
		return resolved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolved(boolean newResolved) {
		boolean oldResolved = resolved;
		resolved = newResolved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_ERROR__RESOLVED, oldResolved, resolved));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getErrorCode() {
		return errorCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrorCode(String newErrorCode) {
		String oldErrorCode = errorCode;
		errorCode = newErrorCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_ERROR__ERROR_CODE, oldErrorCode, errorCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getErrorDetail() {
		return errorDetail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrorDetail(String newErrorDetail) {
		String oldErrorDetail = errorDetail;
		errorDetail = newErrorDetail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_ERROR__ERROR_DETAIL, oldErrorDetail, errorDetail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(String newAction) {
		String oldAction = action;
		action = newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_ERROR__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActionData() {
		return actionData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActionData(String newActionData) {
		String oldActionData = actionData;
		actionData = newActionData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_ERROR__ACTION_DATA, oldActionData, actionData));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.SYNC_ERROR__OCCURRED_AT:
				return getOccurredAt();
			case FieldbookPackage.SYNC_ERROR__TABLE_NAME:
				return getTableName();
			case FieldbookPackage.SYNC_ERROR__RECORD_ID:
				return getRecordId();
			case FieldbookPackage.SYNC_ERROR__HTTP_STATUS:
				return getHttpStatus();
			case FieldbookPackage.SYNC_ERROR__ERROR_TYPE:
				return getErrorType();
			case FieldbookPackage.SYNC_ERROR__MESSAGE:
				return getMessage();
			case FieldbookPackage.SYNC_ERROR__RESOLVED:
				return isResolved();
			case FieldbookPackage.SYNC_ERROR__ERROR_CODE:
				return getErrorCode();
			case FieldbookPackage.SYNC_ERROR__ERROR_DETAIL:
				return getErrorDetail();
			case FieldbookPackage.SYNC_ERROR__ACTION:
				return getAction();
			case FieldbookPackage.SYNC_ERROR__ACTION_DATA:
				return getActionData();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FieldbookPackage.SYNC_ERROR__OCCURRED_AT:
				setOccurredAt((Instant)newValue);
				return;
			case FieldbookPackage.SYNC_ERROR__TABLE_NAME:
				setTableName((String)newValue);
				return;
			case FieldbookPackage.SYNC_ERROR__RECORD_ID:
				setRecordId((String)newValue);
				return;
			case FieldbookPackage.SYNC_ERROR__HTTP_STATUS:
				setHttpStatus((Integer)newValue);
				return;
			case FieldbookPackage.SYNC_ERROR__ERROR_TYPE:
				setErrorType((SyncErrorType)newValue);
				return;
			case FieldbookPackage.SYNC_ERROR__MESSAGE:
				setMessage((String)newValue);
				return;
			case FieldbookPackage.SYNC_ERROR__RESOLVED:
				setResolved((Boolean)newValue);
				return;
			case FieldbookPackage.SYNC_ERROR__ERROR_CODE:
				setErrorCode((String)newValue);
				return;
			case FieldbookPackage.SYNC_ERROR__ERROR_DETAIL:
				setErrorDetail((String)newValue);
				return;
			case FieldbookPackage.SYNC_ERROR__ACTION:
				setAction((String)newValue);
				return;
			case FieldbookPackage.SYNC_ERROR__ACTION_DATA:
				setActionData((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FieldbookPackage.SYNC_ERROR__OCCURRED_AT:
				setOccurredAt(OCCURRED_AT_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_ERROR__TABLE_NAME:
				setTableName(TABLE_NAME_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_ERROR__RECORD_ID:
				setRecordId(RECORD_ID_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_ERROR__HTTP_STATUS:
				setHttpStatus(HTTP_STATUS_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_ERROR__ERROR_TYPE:
				setErrorType(ERROR_TYPE_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_ERROR__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_ERROR__RESOLVED:
				setResolved(RESOLVED_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_ERROR__ERROR_CODE:
				setErrorCode(ERROR_CODE_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_ERROR__ERROR_DETAIL:
				setErrorDetail(ERROR_DETAIL_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_ERROR__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_ERROR__ACTION_DATA:
				setActionData(ACTION_DATA_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FieldbookPackage.SYNC_ERROR__OCCURRED_AT:
				return OCCURRED_AT_EDEFAULT == null ? occurredAt != null : !OCCURRED_AT_EDEFAULT.equals(occurredAt);
			case FieldbookPackage.SYNC_ERROR__TABLE_NAME:
				return TABLE_NAME_EDEFAULT == null ? tableName != null : !TABLE_NAME_EDEFAULT.equals(tableName);
			case FieldbookPackage.SYNC_ERROR__RECORD_ID:
				return RECORD_ID_EDEFAULT == null ? recordId != null : !RECORD_ID_EDEFAULT.equals(recordId);
			case FieldbookPackage.SYNC_ERROR__HTTP_STATUS:
				return httpStatus != HTTP_STATUS_EDEFAULT;
			case FieldbookPackage.SYNC_ERROR__ERROR_TYPE:
				return errorType != ERROR_TYPE_EDEFAULT;
			case FieldbookPackage.SYNC_ERROR__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case FieldbookPackage.SYNC_ERROR__RESOLVED:
				return resolved != RESOLVED_EDEFAULT;
			case FieldbookPackage.SYNC_ERROR__ERROR_CODE:
				return ERROR_CODE_EDEFAULT == null ? errorCode != null : !ERROR_CODE_EDEFAULT.equals(errorCode);
			case FieldbookPackage.SYNC_ERROR__ERROR_DETAIL:
				return ERROR_DETAIL_EDEFAULT == null ? errorDetail != null : !ERROR_DETAIL_EDEFAULT.equals(errorDetail);
			case FieldbookPackage.SYNC_ERROR__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case FieldbookPackage.SYNC_ERROR__ACTION_DATA:
				return ACTION_DATA_EDEFAULT == null ? actionData != null : !ACTION_DATA_EDEFAULT.equals(actionData);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (occurredAt: ");
		result.append(occurredAt);
		result.append(", tableName: ");
		result.append(tableName);
		result.append(", recordId: ");
		result.append(recordId);
		result.append(", httpStatus: ");
		result.append(httpStatus);
		result.append(", errorType: ");
		result.append(errorType);
		result.append(", message: ");
		result.append(message);
		result.append(", resolved: ");
		result.append(resolved);
		result.append(", errorCode: ");
		result.append(errorCode);
		result.append(", errorDetail: ");
		result.append(errorDetail);
		result.append(", action: ");
		result.append(action);
		result.append(", actionData: ");
		result.append(actionData);
		result.append(')');
		return result.toString();
	}

} //SyncErrorImpl
