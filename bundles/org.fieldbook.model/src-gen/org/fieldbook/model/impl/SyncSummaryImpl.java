/**
 */
package org.fieldbook.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.SyncSummary;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sync Summary</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.SyncSummaryImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncSummaryImpl#getStartedOn <em>Started On</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncSummaryImpl#getFinishedOn <em>Finished On</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncSummaryImpl#getDurationMillis <em>Duration Millis</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncSummaryImpl#isSucceeded <em>Succeeded</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncSummaryImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncSummaryImpl#getRowsOnDevice <em>Rows On Device</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncSummaryImpl#getPendingEdits <em>Pending Edits</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncSummaryImpl#getOpenErrors <em>Open Errors</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.SyncSummaryImpl#getClientVersion <em>Client Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SyncSummaryImpl extends RecordImpl implements SyncSummary {
	/**
	 * The default value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected String device = DEVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartedOn() <em>Started On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Instant STARTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedOn() <em>Started On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedOn()
	 * @generated
	 * @ordered
	 */
	protected Instant startedOn = STARTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinishedOn() <em>Finished On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Instant FINISHED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinishedOn() <em>Finished On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedOn()
	 * @generated
	 * @ordered
	 */
	protected Instant finishedOn = FINISHED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationMillis() <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long DURATION_MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDurationMillis() <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMillis()
	 * @generated
	 * @ordered
	 */
	protected long durationMillis = DURATION_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #isSucceeded() <em>Succeeded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSucceeded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUCCEEDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSucceeded() <em>Succeeded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSucceeded()
	 * @generated
	 * @ordered
	 */
	protected boolean succeeded = SUCCEEDED_EDEFAULT;

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
	 * The default value of the '{@link #getRowsOnDevice() <em>Rows On Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowsOnDevice()
	 * @generated
	 * @ordered
	 */
	protected static final int ROWS_ON_DEVICE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRowsOnDevice() <em>Rows On Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowsOnDevice()
	 * @generated
	 * @ordered
	 */
	protected int rowsOnDevice = ROWS_ON_DEVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPendingEdits() <em>Pending Edits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPendingEdits()
	 * @generated
	 * @ordered
	 */
	protected static final int PENDING_EDITS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPendingEdits() <em>Pending Edits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPendingEdits()
	 * @generated
	 * @ordered
	 */
	protected int pendingEdits = PENDING_EDITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpenErrors() <em>Open Errors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenErrors()
	 * @generated
	 * @ordered
	 */
	protected static final int OPEN_ERRORS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOpenErrors() <em>Open Errors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenErrors()
	 * @generated
	 * @ordered
	 */
	protected int openErrors = OPEN_ERRORS_EDEFAULT;

	/**
	 * The default value of the '{@link #getClientVersion() <em>Client Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String CLIENT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClientVersion() <em>Client Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientVersion()
	 * @generated
	 * @ordered
	 */
	protected String clientVersion = CLIENT_VERSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SyncSummaryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.SYNC_SUMMARY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(String newDevice) {
		String oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_SUMMARY__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStartedOn() {
		return startedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedOn(Instant newStartedOn) {
		Instant oldStartedOn = startedOn;
		startedOn = newStartedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_SUMMARY__STARTED_ON, oldStartedOn, startedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getFinishedOn() {
		return finishedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinishedOn(Instant newFinishedOn) {
		Instant oldFinishedOn = finishedOn;
		finishedOn = newFinishedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_SUMMARY__FINISHED_ON, oldFinishedOn, finishedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDurationMillis() {
		return durationMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMillis(long newDurationMillis) {
		long oldDurationMillis = durationMillis;
		durationMillis = newDurationMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_SUMMARY__DURATION_MILLIS, oldDurationMillis, durationMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSucceeded() {
		return succeeded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSucceeded(boolean newSucceeded) {
		boolean oldSucceeded = succeeded;
		succeeded = newSucceeded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_SUMMARY__SUCCEEDED, oldSucceeded, succeeded));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_SUMMARY__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRowsOnDevice() {
		return rowsOnDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowsOnDevice(int newRowsOnDevice) {
		int oldRowsOnDevice = rowsOnDevice;
		rowsOnDevice = newRowsOnDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_SUMMARY__ROWS_ON_DEVICE, oldRowsOnDevice, rowsOnDevice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPendingEdits() {
		return pendingEdits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPendingEdits(int newPendingEdits) {
		int oldPendingEdits = pendingEdits;
		pendingEdits = newPendingEdits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_SUMMARY__PENDING_EDITS, oldPendingEdits, pendingEdits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOpenErrors() {
		return openErrors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenErrors(int newOpenErrors) {
		int oldOpenErrors = openErrors;
		openErrors = newOpenErrors;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_SUMMARY__OPEN_ERRORS, oldOpenErrors, openErrors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClientVersion() {
		return clientVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientVersion(String newClientVersion) {
		String oldClientVersion = clientVersion;
		clientVersion = newClientVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.SYNC_SUMMARY__CLIENT_VERSION, oldClientVersion, clientVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.SYNC_SUMMARY__DEVICE:
				return getDevice();
			case FieldbookPackage.SYNC_SUMMARY__STARTED_ON:
				return getStartedOn();
			case FieldbookPackage.SYNC_SUMMARY__FINISHED_ON:
				return getFinishedOn();
			case FieldbookPackage.SYNC_SUMMARY__DURATION_MILLIS:
				return getDurationMillis();
			case FieldbookPackage.SYNC_SUMMARY__SUCCEEDED:
				return isSucceeded();
			case FieldbookPackage.SYNC_SUMMARY__MESSAGE:
				return getMessage();
			case FieldbookPackage.SYNC_SUMMARY__ROWS_ON_DEVICE:
				return getRowsOnDevice();
			case FieldbookPackage.SYNC_SUMMARY__PENDING_EDITS:
				return getPendingEdits();
			case FieldbookPackage.SYNC_SUMMARY__OPEN_ERRORS:
				return getOpenErrors();
			case FieldbookPackage.SYNC_SUMMARY__CLIENT_VERSION:
				return getClientVersion();
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
			case FieldbookPackage.SYNC_SUMMARY__DEVICE:
				setDevice((String)newValue);
				return;
			case FieldbookPackage.SYNC_SUMMARY__STARTED_ON:
				setStartedOn((Instant)newValue);
				return;
			case FieldbookPackage.SYNC_SUMMARY__FINISHED_ON:
				setFinishedOn((Instant)newValue);
				return;
			case FieldbookPackage.SYNC_SUMMARY__DURATION_MILLIS:
				setDurationMillis((Long)newValue);
				return;
			case FieldbookPackage.SYNC_SUMMARY__SUCCEEDED:
				setSucceeded((Boolean)newValue);
				return;
			case FieldbookPackage.SYNC_SUMMARY__MESSAGE:
				setMessage((String)newValue);
				return;
			case FieldbookPackage.SYNC_SUMMARY__ROWS_ON_DEVICE:
				setRowsOnDevice((Integer)newValue);
				return;
			case FieldbookPackage.SYNC_SUMMARY__PENDING_EDITS:
				setPendingEdits((Integer)newValue);
				return;
			case FieldbookPackage.SYNC_SUMMARY__OPEN_ERRORS:
				setOpenErrors((Integer)newValue);
				return;
			case FieldbookPackage.SYNC_SUMMARY__CLIENT_VERSION:
				setClientVersion((String)newValue);
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
			case FieldbookPackage.SYNC_SUMMARY__DEVICE:
				setDevice(DEVICE_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_SUMMARY__STARTED_ON:
				setStartedOn(STARTED_ON_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_SUMMARY__FINISHED_ON:
				setFinishedOn(FINISHED_ON_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_SUMMARY__DURATION_MILLIS:
				setDurationMillis(DURATION_MILLIS_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_SUMMARY__SUCCEEDED:
				setSucceeded(SUCCEEDED_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_SUMMARY__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_SUMMARY__ROWS_ON_DEVICE:
				setRowsOnDevice(ROWS_ON_DEVICE_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_SUMMARY__PENDING_EDITS:
				setPendingEdits(PENDING_EDITS_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_SUMMARY__OPEN_ERRORS:
				setOpenErrors(OPEN_ERRORS_EDEFAULT);
				return;
			case FieldbookPackage.SYNC_SUMMARY__CLIENT_VERSION:
				setClientVersion(CLIENT_VERSION_EDEFAULT);
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
			case FieldbookPackage.SYNC_SUMMARY__DEVICE:
				return DEVICE_EDEFAULT == null ? device != null : !DEVICE_EDEFAULT.equals(device);
			case FieldbookPackage.SYNC_SUMMARY__STARTED_ON:
				return STARTED_ON_EDEFAULT == null ? startedOn != null : !STARTED_ON_EDEFAULT.equals(startedOn);
			case FieldbookPackage.SYNC_SUMMARY__FINISHED_ON:
				return FINISHED_ON_EDEFAULT == null ? finishedOn != null : !FINISHED_ON_EDEFAULT.equals(finishedOn);
			case FieldbookPackage.SYNC_SUMMARY__DURATION_MILLIS:
				return durationMillis != DURATION_MILLIS_EDEFAULT;
			case FieldbookPackage.SYNC_SUMMARY__SUCCEEDED:
				return succeeded != SUCCEEDED_EDEFAULT;
			case FieldbookPackage.SYNC_SUMMARY__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case FieldbookPackage.SYNC_SUMMARY__ROWS_ON_DEVICE:
				return rowsOnDevice != ROWS_ON_DEVICE_EDEFAULT;
			case FieldbookPackage.SYNC_SUMMARY__PENDING_EDITS:
				return pendingEdits != PENDING_EDITS_EDEFAULT;
			case FieldbookPackage.SYNC_SUMMARY__OPEN_ERRORS:
				return openErrors != OPEN_ERRORS_EDEFAULT;
			case FieldbookPackage.SYNC_SUMMARY__CLIENT_VERSION:
				return CLIENT_VERSION_EDEFAULT == null ? clientVersion != null : !CLIENT_VERSION_EDEFAULT.equals(clientVersion);
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
		result.append(" (device: ");
		result.append(device);
		result.append(", startedOn: ");
		result.append(startedOn);
		result.append(", finishedOn: ");
		result.append(finishedOn);
		result.append(", durationMillis: ");
		result.append(durationMillis);
		result.append(", succeeded: ");
		result.append(succeeded);
		result.append(", message: ");
		result.append(message);
		result.append(", rowsOnDevice: ");
		result.append(rowsOnDevice);
		result.append(", pendingEdits: ");
		result.append(pendingEdits);
		result.append(", openErrors: ");
		result.append(openErrors);
		result.append(", clientVersion: ");
		result.append(clientVersion);
		result.append(')');
		return result.toString();
	}

} //SyncSummaryImpl
