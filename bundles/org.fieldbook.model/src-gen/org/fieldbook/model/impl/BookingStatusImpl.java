/**
 */
package org.fieldbook.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.BookingState;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.FieldbookPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Booking Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.BookingStatusImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.BookingStatusImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.BookingStatusImpl#getFieldServiceStatus <em>Field Service Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BookingStatusImpl extends RecordImpl implements BookingStatus {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final BookingState STATUS_EDEFAULT = BookingState.PROPOSED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected BookingState status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFieldServiceStatus() <em>Field Service Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldServiceStatus()
	 * @generated
	 * @ordered
	 */
	protected static final FieldServiceStatus FIELD_SERVICE_STATUS_EDEFAULT = FieldServiceStatus.SCHEDULED;

	/**
	 * The cached value of the '{@link #getFieldServiceStatus() <em>Field Service Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldServiceStatus()
	 * @generated
	 * @ordered
	 */
	protected FieldServiceStatus fieldServiceStatus = FIELD_SERVICE_STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BookingStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.BOOKING_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.BOOKING_STATUS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BookingState getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(BookingState newStatus) {
		BookingState oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.BOOKING_STATUS__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldServiceStatus getFieldServiceStatus() {
		return fieldServiceStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldServiceStatus(FieldServiceStatus newFieldServiceStatus) {
		FieldServiceStatus oldFieldServiceStatus = fieldServiceStatus;
		fieldServiceStatus = newFieldServiceStatus == null ? FIELD_SERVICE_STATUS_EDEFAULT : newFieldServiceStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.BOOKING_STATUS__FIELD_SERVICE_STATUS, oldFieldServiceStatus, fieldServiceStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.BOOKING_STATUS__NAME:
				return getName();
			case FieldbookPackage.BOOKING_STATUS__STATUS:
				return getStatus();
			case FieldbookPackage.BOOKING_STATUS__FIELD_SERVICE_STATUS:
				return getFieldServiceStatus();
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
			case FieldbookPackage.BOOKING_STATUS__NAME:
				setName((String)newValue);
				return;
			case FieldbookPackage.BOOKING_STATUS__STATUS:
				setStatus((BookingState)newValue);
				return;
			case FieldbookPackage.BOOKING_STATUS__FIELD_SERVICE_STATUS:
				setFieldServiceStatus((FieldServiceStatus)newValue);
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
			case FieldbookPackage.BOOKING_STATUS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FieldbookPackage.BOOKING_STATUS__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case FieldbookPackage.BOOKING_STATUS__FIELD_SERVICE_STATUS:
				setFieldServiceStatus(FIELD_SERVICE_STATUS_EDEFAULT);
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
			case FieldbookPackage.BOOKING_STATUS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FieldbookPackage.BOOKING_STATUS__STATUS:
				return status != STATUS_EDEFAULT;
			case FieldbookPackage.BOOKING_STATUS__FIELD_SERVICE_STATUS:
				return fieldServiceStatus != FIELD_SERVICE_STATUS_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", status: ");
		result.append(status);
		result.append(", fieldServiceStatus: ");
		result.append(fieldServiceStatus);
		result.append(')');
		return result.toString();
	}

} //BookingStatusImpl
