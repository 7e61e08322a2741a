/**
 */
package org.fieldbook.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Account</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.AccountImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AccountImpl#getTelephone1 <em>Telephone1</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccountImpl extends RecordImpl implements Account {
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
	 * The default value of the '{@link #getTelephone1() <em>Telephone1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTelephone1()
	 * @generated
	 * @ordered
	 */
	protected static final String TELEPHONE1_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTelephone1() <em>Telephone1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTelephone1()
	 * @generated
	 * @ordered
	 */
	protected String telephone1 = TELEPHONE1_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccountImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.ACCOUNT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ACCOUNT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTelephone1() {
		return telephone1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTelephone1(String newTelephone1) {
		String oldTelephone1 = telephone1;
		telephone1 = newTelephone1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ACCOUNT__TELEPHONE1, oldTelephone1, telephone1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.ACCOUNT__NAME:
				return getName();
			case FieldbookPackage.ACCOUNT__TELEPHONE1:
				return getTelephone1();
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
			case FieldbookPackage.ACCOUNT__NAME:
				setName((String)newValue);
				return;
			case FieldbookPackage.ACCOUNT__TELEPHONE1:
				setTelephone1((String)newValue);
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
			case FieldbookPackage.ACCOUNT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FieldbookPackage.ACCOUNT__TELEPHONE1:
				setTelephone1(TELEPHONE1_EDEFAULT);
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
			case FieldbookPackage.ACCOUNT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FieldbookPackage.ACCOUNT__TELEPHONE1:
				return TELEPHONE1_EDEFAULT == null ? telephone1 != null : !TELEPHONE1_EDEFAULT.equals(telephone1);
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
		result.append(", telephone1: ");
		result.append(telephone1);
		result.append(')');
		return result.toString();
	}

} //AccountImpl
