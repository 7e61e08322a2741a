/**
 */
package org.fieldbook.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Work Order</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getServiceAccount <em>Service Account</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getAddress1 <em>Address1</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getCity <em>City</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderImpl#getInstructions <em>Instructions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkOrderImpl extends RecordImpl implements WorkOrder {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServiceAccount() <em>Service Account</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceAccount()
	 * @generated
	 * @ordered
	 */
	protected Account serviceAccount;

	/**
	 * The default value of the '{@link #getAddress1() <em>Address1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress1()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS1_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress1() <em>Address1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress1()
	 * @generated
	 * @ordered
	 */
	protected String address1 = ADDRESS1_EDEFAULT;

	/**
	 * The default value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected static final String CITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected String city = CITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUCTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected String instructions = INSTRUCTIONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkOrderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.WORK_ORDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Account getServiceAccount() {
		if (serviceAccount != null && serviceAccount.eIsProxy()) {
			InternalEObject oldServiceAccount = (InternalEObject)serviceAccount;
			serviceAccount = (Account)eResolveProxy(oldServiceAccount);
			if (serviceAccount != oldServiceAccount) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.WORK_ORDER__SERVICE_ACCOUNT, oldServiceAccount, serviceAccount));
			}
		}
		return serviceAccount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Account basicGetServiceAccount() {
		return serviceAccount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceAccount(Account newServiceAccount) {
		Account oldServiceAccount = serviceAccount;
		serviceAccount = newServiceAccount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__SERVICE_ACCOUNT, oldServiceAccount, serviceAccount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress1() {
		return address1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress1(String newAddress1) {
		String oldAddress1 = address1;
		address1 = newAddress1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__ADDRESS1, oldAddress1, address1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCity() {
		return city;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCity(String newCity) {
		String oldCity = city;
		city = newCity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__CITY, oldCity, city));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstructions() {
		return instructions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstructions(String newInstructions) {
		String oldInstructions = instructions;
		instructions = newInstructions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER__INSTRUCTIONS, oldInstructions, instructions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.WORK_ORDER__NUMBER:
				return getNumber();
			case FieldbookPackage.WORK_ORDER__SERVICE_ACCOUNT:
				if (resolve) return getServiceAccount();
				return basicGetServiceAccount();
			case FieldbookPackage.WORK_ORDER__ADDRESS1:
				return getAddress1();
			case FieldbookPackage.WORK_ORDER__CITY:
				return getCity();
			case FieldbookPackage.WORK_ORDER__INSTRUCTIONS:
				return getInstructions();
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
			case FieldbookPackage.WORK_ORDER__NUMBER:
				setNumber((String)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__SERVICE_ACCOUNT:
				setServiceAccount((Account)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__ADDRESS1:
				setAddress1((String)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__CITY:
				setCity((String)newValue);
				return;
			case FieldbookPackage.WORK_ORDER__INSTRUCTIONS:
				setInstructions((String)newValue);
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
			case FieldbookPackage.WORK_ORDER__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__SERVICE_ACCOUNT:
				setServiceAccount((Account)null);
				return;
			case FieldbookPackage.WORK_ORDER__ADDRESS1:
				setAddress1(ADDRESS1_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__CITY:
				setCity(CITY_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER__INSTRUCTIONS:
				setInstructions(INSTRUCTIONS_EDEFAULT);
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
			case FieldbookPackage.WORK_ORDER__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case FieldbookPackage.WORK_ORDER__SERVICE_ACCOUNT:
				return serviceAccount != null;
			case FieldbookPackage.WORK_ORDER__ADDRESS1:
				return ADDRESS1_EDEFAULT == null ? address1 != null : !ADDRESS1_EDEFAULT.equals(address1);
			case FieldbookPackage.WORK_ORDER__CITY:
				return CITY_EDEFAULT == null ? city != null : !CITY_EDEFAULT.equals(city);
			case FieldbookPackage.WORK_ORDER__INSTRUCTIONS:
				return INSTRUCTIONS_EDEFAULT == null ? instructions != null : !INSTRUCTIONS_EDEFAULT.equals(instructions);
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
		result.append(" (number: ");
		result.append(number);
		result.append(", address1: ");
		result.append(address1);
		result.append(", city: ");
		result.append(city);
		result.append(", instructions: ");
		result.append(instructions);
		result.append(')');
		return result.toString();
	}

} //WorkOrderImpl
