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
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getOccurredAt <em>Occurred At</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getTableName <em>Table Name</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getRecordId <em>Record Id</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getHttpStatus <em>Http Status</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getErrorType <em>Error Type</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncErrorImpl#isResolved <em>Resolved</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SyncErrorImpl extends MinimalEObjectImpl.Container implements SyncError {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_ERROR__ID, oldId, id));
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
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.SYNC_ERROR__ID:
				return getId();
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
			case FieldbookPackage.SYNC_ERROR__ID:
				setId((String)newValue);
				return;
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
			case FieldbookPackage.SYNC_ERROR__ID:
				setId(ID_EDEFAULT);
				return;
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
			case FieldbookPackage.SYNC_ERROR__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", occurredAt: ");
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
		result.append(')');
		return result.toString();
	}

} //SyncErrorImpl
