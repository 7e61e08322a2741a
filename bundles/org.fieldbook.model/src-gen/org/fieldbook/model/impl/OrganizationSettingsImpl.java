/**
 */
package org.fieldbook.model.impl;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.OrganizationSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organization Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.OrganizationSettingsImpl#isConflictDetectionEnabled <em>Conflict Detection Enabled</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.OrganizationSettingsImpl#getMaxUploadFileSize <em>Max Upload File Size</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganizationSettingsImpl extends RecordImpl implements OrganizationSettings {
	/**
	 * The default value of the '{@link #isConflictDetectionEnabled() <em>Conflict Detection Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConflictDetectionEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONFLICT_DETECTION_ENABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConflictDetectionEnabled() <em>Conflict Detection Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConflictDetectionEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean conflictDetectionEnabled = CONFLICT_DETECTION_ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxUploadFileSize() <em>Max Upload File Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxUploadFileSize()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_UPLOAD_FILE_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxUploadFileSize() <em>Max Upload File Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxUploadFileSize()
	 * @generated
	 * @ordered
	 */
	protected int maxUploadFileSize = MAX_UPLOAD_FILE_SIZE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganizationSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.ORGANIZATION_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConflictDetectionEnabled() {
		return conflictDetectionEnabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConflictDetectionEnabled(boolean newConflictDetectionEnabled) {
		boolean oldConflictDetectionEnabled = conflictDetectionEnabled;
		conflictDetectionEnabled = newConflictDetectionEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ORGANIZATION_SETTINGS__CONFLICT_DETECTION_ENABLED, oldConflictDetectionEnabled, conflictDetectionEnabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxUploadFileSize() {
		return maxUploadFileSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxUploadFileSize(int newMaxUploadFileSize) {
		int oldMaxUploadFileSize = maxUploadFileSize;
		maxUploadFileSize = newMaxUploadFileSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ORGANIZATION_SETTINGS__MAX_UPLOAD_FILE_SIZE, oldMaxUploadFileSize, maxUploadFileSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean clientWins() {
		return !isConflictDetectionEnabled();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.ORGANIZATION_SETTINGS__CONFLICT_DETECTION_ENABLED:
				return isConflictDetectionEnabled();
			case FieldbookPackage.ORGANIZATION_SETTINGS__MAX_UPLOAD_FILE_SIZE:
				return getMaxUploadFileSize();
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
			case FieldbookPackage.ORGANIZATION_SETTINGS__CONFLICT_DETECTION_ENABLED:
				setConflictDetectionEnabled((Boolean)newValue);
				return;
			case FieldbookPackage.ORGANIZATION_SETTINGS__MAX_UPLOAD_FILE_SIZE:
				setMaxUploadFileSize((Integer)newValue);
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
			case FieldbookPackage.ORGANIZATION_SETTINGS__CONFLICT_DETECTION_ENABLED:
				setConflictDetectionEnabled(CONFLICT_DETECTION_ENABLED_EDEFAULT);
				return;
			case FieldbookPackage.ORGANIZATION_SETTINGS__MAX_UPLOAD_FILE_SIZE:
				setMaxUploadFileSize(MAX_UPLOAD_FILE_SIZE_EDEFAULT);
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
			case FieldbookPackage.ORGANIZATION_SETTINGS__CONFLICT_DETECTION_ENABLED:
				return conflictDetectionEnabled != CONFLICT_DETECTION_ENABLED_EDEFAULT;
			case FieldbookPackage.ORGANIZATION_SETTINGS__MAX_UPLOAD_FILE_SIZE:
				return maxUploadFileSize != MAX_UPLOAD_FILE_SIZE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case FieldbookPackage.ORGANIZATION_SETTINGS___CLIENT_WINS:
				return clientWins();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (conflictDetectionEnabled: ");
		result.append(conflictDetectionEnabled);
		result.append(", maxUploadFileSize: ");
		result.append(maxUploadFileSize);
		result.append(')');
		return result.toString();
	}

} //OrganizationSettingsImpl
